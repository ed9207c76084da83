package org.fingertip.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.fingertip.db.user.UserAccount;
import org.fingertip.db.user.UserAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After login, on every request: an account disabled since the session began is logged out at once; an account whose
 * password an administrator reset (or set at creation) goes to the change-password page and nowhere else until it is
 * changed — pages are redirected there, the API answers 403 with a problem saying so.
 */
public class PasswordChangeGate extends OncePerRequestFilter {
    public static final String CHANGE_PAGE = "/me/password";
    /** What a user who must change its password may still reach. */
    private static final List<String> OPEN = List.of(CHANGE_PAGE, "/logout", "/login", "/css/", "/js/",
            "/webjars/", "/favicon.ico", "/error");

    private final UserAccounts accounts;
    private final boolean api;

    public PasswordChangeGate(UserAccounts accounts, boolean api) {
        this.accounts = accounts;
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                || isStatic(request)) {
            chain.doFilter(request, response);
            return;
        }
        UserAccount account = accounts.find(auth.getName()).orElse(null);
        if (account == null || !account.enabled()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if (api) {
                problem(response, HttpStatus.UNAUTHORIZED, "未登录", "该账号已停用");
            } else {
                response.sendRedirect(request.getContextPath() + "/login?disabled");
            }
            return;
        }
        if (account.mustChangePassword() && !isOpen(request)) {
            if (api) {
                problem(response, HttpStatus.FORBIDDEN, "须先修改密码",
                        "管理员重置了您的密码，请先登录网页修改密码（" + CHANGE_PAGE + "）");
            } else {
                response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** Style sheets, scripts and icons: nothing to guard, so no reading of the account. */
    private static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.equals("/favicon.ico");
    }

    private static boolean isOpen(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN.stream().anyMatch(p -> p.endsWith("/") ? path.startsWith(p) : path.equals(p));
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
