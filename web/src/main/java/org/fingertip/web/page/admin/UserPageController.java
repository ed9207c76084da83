package org.fingertip.web.page.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fingertip.db.user.UserAccount;
import org.fingertip.db.user.UserAccounts;
import org.fingertip.db.user.UserSearch;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.shared.DomainException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.task.WorkItem;
import org.fingertip.web.admin.UserAdministration;
import org.fingertip.web.app.Paging;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.security.Allowed;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Users: the list (by unit, role, keyword, enabled), a new user, and one user's page with its actions — disable or
 * enable, reset the password, move to another unit, hand its open tasks to someone else.
 */
@Controller
class UserPageController {
    static final int PAGE_SIZE = 20;

    private final UserAdministration users;

    UserPageController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping("/admin/users")
    @Allowed(Role.ADMIN)
    ModelAndView list(Actor actor, @RequestParam(required = false) String unit,
                      @RequestParam(required = false) Role role, @RequestParam(required = false) String keyword,
                      @RequestParam(required = false) Boolean enabled, @RequestParam(required = false) Integer page) {
        Paging paging = Paging.of(page, PAGE_SIZE);
        UserAccounts.Page result = users.search(actor, new UserSearch(unit, role == null ? null : role.name(), enabled,
                keyword, paging.page(), paging.size()));
        ModelAndView mav = new ModelAndView("admin/users");
        mav.addObject("result", result);
        mav.addObject("unit", unit);
        mav.addObject("role", role);
        mav.addObject("keyword", keyword);
        mav.addObject("enabled", enabled);
        mav.addObject("roles", Arrays.asList(Role.values()));
        mav.addObject("query", AdminForms.query("unit", unit, "role", role == null ? null : role.name(),
                "keyword", keyword, "enabled", enabled == null ? null : enabled.toString()));
        mav.addObject("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return mav;
    }

    @GetMapping("/admin/users/new")
    @Allowed(Role.ADMIN)
    ModelAndView newUser() {
        return newView(HttpStatus.OK, new LinkedHashMap<>(), List.of(), FieldMessages.none());
    }

    @PostMapping("/admin/users/new")
    @Allowed(Role.ADMIN)
    ModelAndView create(Actor actor, @RequestParam Map<String, String> params,
                        @RequestParam(name = "roles", required = false) List<String> roles,
                        RedirectAttributes redirect) {
        List<String> chosen = roles == null ? List.of() : roles;
        try {
            UserAccount account = users.create(actor, new UserAdministration.NewUser(params.get("username"),
                    params.get("displayName"), params.get("unitCode"), params.get("jurisdictionCode"),
                    UserAdministration.roles(chosen), params.get("email"), params.get("password")));
            redirect.addFlashAttribute("notice", "admin.users.created");
            return new ModelAndView("redirect:/admin/users/" + account.username());
        } catch (InvalidInputException | RuleViolationException e) {
            Map<String, String> form = new LinkedHashMap<>(params);
            form.remove("password");
            form.remove("_csrf");
            return newView(AdminForms.status(e), form, chosen, AdminForms.messages(e, "username"));
        }
    }

    @GetMapping("/admin/users/{username}")
    @Allowed(Role.ADMIN)
    ModelAndView user(Actor actor, @PathVariable String username) {
        return userView(actor, HttpStatus.OK, username, Map.of(), FieldMessages.none());
    }

    @PostMapping("/admin/users/{username}/disable")
    @Allowed(Role.ADMIN)
    ModelAndView disable(Actor actor, @PathVariable String username, RedirectAttributes redirect) {
        return act(actor, username, Map.of(), "username", redirect, "admin.users.disabled",
                () -> users.disable(actor, username));
    }

    @PostMapping("/admin/users/{username}/enable")
    @Allowed(Role.ADMIN)
    ModelAndView enable(Actor actor, @PathVariable String username, RedirectAttributes redirect) {
        return act(actor, username, Map.of(), "username", redirect, "admin.users.enabled",
                () -> users.enable(actor, username));
    }

    @PostMapping("/admin/users/{username}/reset")
    @Allowed(Role.ADMIN)
    ModelAndView reset(Actor actor, @PathVariable String username,
                       @RequestParam(required = false) String password, RedirectAttributes redirect) {
        return act(actor, username, Map.of(), "password", redirect, "admin.users.reset.done", () -> {
            String temporary = users.resetPassword(actor, username, password);
            // shown once, on the page the redirect leads to; never stored in clear anywhere else
            redirect.addFlashAttribute("temporaryPassword", temporary);
        });
    }

    @PostMapping("/admin/users/{username}/move")
    @Allowed(Role.ADMIN)
    ModelAndView move(Actor actor, @PathVariable String username, @RequestParam(required = false) String unitCode,
                      RedirectAttributes redirect) {
        return act(actor, username, Map.of("unitCode", unitCode == null ? "" : unitCode), "unitCode", redirect,
                "admin.users.moved", () -> users.move(actor, username, unitCode));
    }

    @PostMapping("/admin/users/{username}/handover")
    @Allowed(Role.ADMIN)
    ModelAndView handOver(Actor actor, @PathVariable String username, @RequestParam(required = false) String to,
                          RedirectAttributes redirect) {
        return act(actor, username, Map.of("to", to == null ? "" : to), "to", redirect, "admin.users.handedOver",
                () -> {
                    List<WorkItem> handed = users.handOver(actor, username, to);
                    redirect.addFlashAttribute("handedOver", handed.size());
                });
    }

    private ModelAndView act(Actor actor, String username, Map<String, String> form, String field,
                             RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException | RuleViolationException e) {
            return userView(actor, AdminForms.status(e), username, form, AdminForms.messages(e, field));
        } catch (DomainException e) {
            throw e;
        }
        redirect.addFlashAttribute("notice", notice);
        return new ModelAndView("redirect:/admin/users/" + username);
    }

    private ModelAndView newView(HttpStatus status, Map<String, String> form, List<String> roles,
                                 FieldMessages errors) {
        ModelAndView mav = new ModelAndView("admin/user-new");
        mav.setStatus(status);
        mav.addObject("form", form);
        mav.addObject("chosen", new ArrayList<>(roles));
        mav.addObject("roles", Arrays.asList(Role.values()));
        mav.addObject("errors", errors);
        return mav;
    }

    private ModelAndView userView(Actor actor, HttpStatus status, String username, Map<String, String> form,
                                  FieldMessages errors) {
        ModelAndView mav = new ModelAndView("admin/user");
        mav.setStatus(status);
        mav.addObject("account", users.user(actor, username));
        mav.addObject("form", form);
        mav.addObject("errors", errors);
        return mav;
    }
}
