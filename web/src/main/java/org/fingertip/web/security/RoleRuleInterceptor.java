package org.fingertip.web.security;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fingertip.registry.access.Role;
import org.fingertip.registry.shared.ForbiddenException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Enforces the role rule each handler declares; fails closed on a handler that declares none. */
public class RoleRuleInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !isOurs(method)) {
            return true;
        }
        if (method.hasMethodAnnotation(PublicEndpoint.class)) {
            return true;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean loggedIn = auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getPrincipal());
        if (method.hasMethodAnnotation(AnyAuthenticated.class) && loggedIn) {
            return true;
        }
        Allowed allowed = method.getMethodAnnotation(Allowed.class);
        if (allowed == null) {
            throw new ForbiddenException("该接口未声明访问规则，拒绝访问");
        }
        if (loggedIn && Arrays.stream(allowed.value()).anyMatch(r -> hasRole(auth, r))) {
            return true;
        }
        throw new ForbiddenException("您的角色无权执行此操作（需要：" + Arrays.toString(allowed.value()) + "）");
    }

    static boolean isOurs(HandlerMethod method) {
        return method.getBeanType().getPackageName().startsWith("org.fingertip.");
    }

    private static boolean hasRole(Authentication auth, Role role) {
        String wanted = "ROLE_" + role.name();
        return auth.getAuthorities().stream().anyMatch(a -> wanted.equals(a.getAuthority()));
    }
}
