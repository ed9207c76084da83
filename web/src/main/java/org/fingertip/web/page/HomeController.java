package org.fingertip.web.page;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.web.security.AnyAuthenticated;
import org.fingertip.web.security.PublicEndpoint;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, and the home address that sends each user to where its work is. */
@Controller
class HomeController {

    @GetMapping("/")
    @AnyAuthenticated
    String home(Actor actor) {
        if (actor.has(Role.REVIEWER)) {
            return "redirect:/inbox";
        }
        if (actor.has(Role.SUPERVISOR)) {
            return "redirect:/dashboard";
        }
        if (actor.has(Role.APPLICANT) || actor.has(Role.OBSERVER)) {
            return "redirect:/home";
        }
        if (actor.has(Role.ADMIN)) {
            return "redirect:/admin";
        }
        return "redirect:/apps";
    }

    @GetMapping("/login")
    @PublicEndpoint
    String login() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean loggedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        return loggedIn ? "redirect:/" : "login";
    }
}
