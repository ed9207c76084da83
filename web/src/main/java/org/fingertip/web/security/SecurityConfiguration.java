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
                        .requestMatchers("/login", "/public/**", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error", "/actuator/health")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.accessDeniedHandler(new UploadAwareAccessDeniedHandler()))
                // a disabled account is logged out; a reset password must be changed before anything else
                .addFilterAfter(new PasswordChangeGate(accounts, false), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * A page form's CSRF token travels in its body; a multipart body over the upload limit cannot be read, so the
     * token seems missing. Such a request is answered 413 (the error page says the file is too large), not 403; every
     * other refusal as before.
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
            otherwise.handle(request, response, e);
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
