package org.fingertip.web.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.fingertip.db.user.UserAccount;
import org.fingertip.db.user.UserAccounts;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.web.security.ActorDirectory;
import org.fingertip.web.security.Allowed;
import org.fingertip.web.security.AnyAuthenticated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The header of every page ({@code ${@navigation.header()}} in layout.html): who is logged in, in which roles and
 * unit, and the links of the navigation. A link is shown to a user exactly when its page would let the user in: the
 * roles come from the page handler's own {@link Allowed} (or {@link AnyAuthenticated}), so the navigation and the
 * permissions cannot disagree.
 */
@Component("navigation")
public class Navigation {
    private static final Logger LOG = LoggerFactory.getLogger(Navigation.class);

    /** The pages of the navigation, in the order shown (each role's home first), with the message key of each link. */
    static final Map<String, String> PAGES = pages();

    private final RequestMappingHandlerMapping mappings;
    private final ActorDirectory directory;
    private final UserAccounts accounts;
    private volatile Map<String, Set<Role>> rolesByPage;

    Navigation(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
               ActorDirectory directory, UserAccounts accounts) {
        this.mappings = mappings;
        this.directory = directory;
        this.accounts = accounts;
    }

    /** A link of the navigation; {@code current} when the page shown is this one or below it. */
    public record Link(String key, String path, boolean current) {
    }

    /** The logged-in user as the header shows it, with its links; the roles in their declared order. */
    public record Header(String displayName, String username, List<Role> roles, String unitName, List<Link> links) {
    }

    /** The logged-in user's header, or null without one (the login and public pages, an anonymous visitor). */
    public Header header() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        try {
            Actor actor = directory.actorOf(auth.getName());
            String displayName = accounts.find(actor.username()).map(UserAccount::displayName).orElse(actor.username());
            List<Role> roles = actor.roles().stream().sorted().toList();
            return new Header(displayName, actor.username(), roles, actor.unit() == null ? null : actor.unit().name(),
                    linksFor(actor.roles(), currentPath()));
        } catch (DataAccessException | UsernameNotFoundException e) {
            // The header never breaks the page under it: an error page while the database is down shows no user.
            LOG.warn("Header of {} not drawn: {}", auth.getName(), e.getMessage());
            return null;
        }
    }

    /** The links a user with these roles may follow, the one of the page shown marked current. */
    List<Link> linksFor(Set<Role> roles, String here) {
        Map<String, Set<Role>> allowed = rolesByPage();
        List<Link> links = new ArrayList<>();
        PAGES.forEach((path, key) -> {
            Set<Role> may = allowed.get(path);
            if (may != null && may.stream().anyMatch(roles::contains)) {
                boolean current = here != null && (here.equals(path) || here.startsWith(path + "/"));
                links.add(new Link(key, path, current));
            }
        });
        // Only the most specific match is current: on /dashboard/compare the comparison, not the dashboard too.
        Optional<Link> best = links.stream().filter(Link::current).max((a, b) -> a.path().length() - b.path().length());
        return links.stream().map(l -> new Link(l.key(), l.path(), best.isPresent() && best.get() == l)).toList();
    }

    /** The address of the page shown (path and query), for the language switch to come back to. */
    public String here() {
        HttpServletRequest request = request();
        if (request == null) {
            return "/";
        }
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (original instanceof String uri) {
            return withoutContext(request, uri);
        }
        String path = withoutContext(request, request.getRequestURI());
        String query = request.getQueryString();
        return query == null ? path : path + "?" + query;
    }

    /** The roles each page of the navigation admits, read once from the handlers' annotations. */
    Map<String, Set<Role>> rolesByPage() {
        Map<String, Set<Role>> known = rolesByPage;
        if (known == null) {
            known = new LinkedHashMap<>();
            for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
                Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
                if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                    continue;
                }
                Set<Role> roles = rolesOf(e.getValue());
                for (String pattern : e.getKey().getPatternValues()) {
                    if (PAGES.containsKey(pattern) && roles != null) {
                        known.put(pattern, roles);
                    }
                }
            }
            rolesByPage = known;
        }
        return known;
    }

    private static Set<Role> rolesOf(HandlerMethod handler) {
        Allowed allowed = handler.getMethodAnnotation(Allowed.class);
        if (allowed != null) {
            return allowed.value().length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(allowed.value()));
        }
        return handler.hasMethodAnnotation(AnyAuthenticated.class) ? EnumSet.allOf(Role.class) : null;
    }

    private static String currentPath() {
        HttpServletRequest request = request();
        return request == null ? null : withoutContext(request, request.getRequestURI());
    }

    private static String withoutContext(HttpServletRequest request, String uri) {
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/home", "nav.home");
        pages.put("/admin", "nav.admin");
        pages.put("/dashboard", "nav.dashboard");
        pages.put("/inbox", "nav.inbox");
        pages.put("/tasks/overdue", "nav.overdue");
        pages.put("/dashboard/compare", "nav.compare");
        pages.put("/apps", "nav.apps");
        pages.put("/ledger", "nav.ledger");
        pages.put("/rechecks", "nav.campaigns");
        pages.put("/exits", "exit.page.nav.exits");
        pages.put("/evaluations", "nav.evaluations");
        pages.put("/backlog", "nav.backlog");
        pages.put("/notices", "nav.notices");
        return Collections.unmodifiableMap(pages);
    }
}
