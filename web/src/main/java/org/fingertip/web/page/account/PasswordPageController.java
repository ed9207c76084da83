package org.fingertip.web.page.account;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.web.admin.UserAdministration;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.security.AnyAuthenticated;
import org.fingertip.web.security.PasswordChangeGate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /me/password}: the signed-in user changes its password — the one page a user whose password was reset may
 * open until it has ({@link PasswordChangeGate}).
 */
@Controller
class PasswordPageController {
    private final UserAdministration users;
    private final MessageSource messages;

    PasswordPageController(UserAdministration users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    @GetMapping(PasswordChangeGate.CHANGE_PAGE)
    @AnyAuthenticated
    ModelAndView form() {
        return view(HttpStatus.OK, FieldMessages.none());
    }

    @PostMapping(PasswordChangeGate.CHANGE_PAGE)
    @AnyAuthenticated
    ModelAndView change(Actor actor, @RequestParam(required = false) String currentPassword,
                        @RequestParam(required = false) String newPassword,
                        @RequestParam(required = false) String confirmPassword, RedirectAttributes redirect) {
        FieldMessages errors = new FieldMessages();
        if (newPassword != null && !newPassword.equals(confirmPassword)) {
            errors.add("confirmPassword", messages.getMessage("admin.password.mismatch", null,
                    LocaleContextHolder.getLocale()));
            return view(HttpStatus.BAD_REQUEST, errors);
        }
        try {
            users.changeOwnPassword(actor, currentPassword, newPassword);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors(), f -> f);
            return view(HttpStatus.BAD_REQUEST, errors);
        }
        redirect.addFlashAttribute("notice", "admin.password.changed");
        return new ModelAndView("redirect:/");
    }

    private static ModelAndView view(HttpStatus status, FieldMessages errors) {
        ModelAndView mav = new ModelAndView("me/password");
        mav.setStatus(status);
        mav.addObject("errors", errors);
        return mav;
    }
}
