package org.fingertip.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fingertip.db.user.UserAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Three filter chains: the API (HTTP Basic, stateless, problem+json errors), the engine's consoles and REST API
 * (ADMIN only; Tasklist closed because tasks are worked only in our inbox), and the pages (form login, sessions in
 * the database, CSRF on every form).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    /**
     * The pages' Content-Security-Policy: scripts, styles, images and connections from this site only, no inline
     * script and no style element (the templates carry none, TemplateTextTest), frames only from this site. Style
     * attributes set by scripts are allowed: the chart library positions its tooltips with them.
     */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";


    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, UserAccounts accounts) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> problem(response, HttpStatus.UNAUTHORIZED,
                "未登录", "请使用 HTTP Basic 提供用户名和密码");
        AccessDeniedHandler denied = (request, response, e) -> problem(response, HttpStatus.FORBIDDEN,
                "无权访问", "您的角色无权执行此操作");
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/public/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(denied))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic clients carry no session cookie, so there is nothing for CSRF to protect here.
                .csrf(c -> c.disable())
                .addFilterAfter(new PasswordChangeGate(accounts, true), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain engineChain(HttpSecurity http) throws Exception {
        // Path matchers, not MVC ones: the engine's REST API is a Jersey servlet of its own, outside Spring MVC.
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(paths.matcher("/camunda/**"), paths.matcher("/engine-rest/**")))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(paths.matcher("/camunda/app/tasklist/**"),
                                paths.matcher("/camunda/api/tasklist/**")).denyAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(b -> { })
                .formLogin(f -> f.loginPage("/login"))
                // The engine's webapps bring their own XSRF cookie and header (STACK.md, trap 12).
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageChain(HttpSecurity http, UserAccounts accounts) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/language", "/public/**", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error", "/actuator/health")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(PAGE_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.sameOrigin()))
                .exceptionHandling(e -> e.accessDeniedHandler(new UploadAwareAccessDeniedHandler()))
                // a disabled account is logged out; a reset password must be changed before anything else
                .addFilterAfter(new PasswordChangeGate(accounts, false), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * A page form's CSRF token travels in its body; a multipart body over the upload limit cannot be read, so the
     * token seems missing. Such a request is answered 413 (the error page says the file is too large), not 403.
     * A form posted after its session expired (the browser names a session that no longer exists, so the token is
     * gone with it) goes back to the page the form was on, when that is a page of ours: the login comes first, then
     * that page again, where the copy of the form kept in the browser (static/js/app.js, data-draft-key) is restored —
     * nothing the user typed is lost, and nothing was done. Every other refusal as before.
     */
    static final class UploadAwareAccessDeniedHandler implements AccessDeniedHandler {
        private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
                throws IOException, ServletException {
            if (e instanceof CsrfException && uploadTooLarge(request)) {
                response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
                return;
            }
            String back = e instanceof CsrfException && sessionExpired(request) ? sameOriginPage(request) : null;
            if (back != null) {
                response.sendRedirect(back);
                return;
            }
            otherwise.handle(request, response, e);
        }

        private static boolean sessionExpired(HttpServletRequest request) {
            return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        }

        /** The path and query of the page the form was on (its Referer), only when that is this site; else null. */
        private static String sameOriginPage(HttpServletRequest request) {
            String referer = request.getHeader("Referer");
            String host = request.getHeader("Host");
            if (referer == null || host == null) {
                return null;
            }
            try {
                java.net.URI uri = new java.net.URI(referer);
                String path = uri.getRawPath();
                boolean ours = host.equalsIgnoreCase(uri.getRawAuthority()) && path != null && path.startsWith("/")
                        && !path.startsWith("//") && path.startsWith(request.getContextPath());
                if (!ours) {
                    return null;
                }
                return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
            } catch (java.net.URISyntaxException malformed) {
                return null;
            }
        }

        private static boolean uploadTooLarge(HttpServletRequest request) {
            String type = request.getContentType();
            if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
                return false;
            }
            try {
                new StandardServletMultipartResolver().resolveMultipart(request);
                return false;
            } catch (MaxUploadSizeExceededException tooLarge) {
                return true;
            } catch (MultipartException unreadable) {
                return false;
            }
        }
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}");
    }
}
