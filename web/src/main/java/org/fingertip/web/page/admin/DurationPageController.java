package org.fingertip.web.page.admin;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.admin.AdminRules;
import org.fingertip.registry.admin.DurationKey;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.admin.DurationChanges;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/durations}: each duration of human tasks with its current value, its configured default and its unit
 * (working days); one form per line to set it or go back to the default. A refusal stands beside that line's field.
 */
@Controller
class DurationPageController {
    private final DurationChanges durations;

    DurationPageController(DurationChanges durations) {
        this.durations = durations;
    }

    @GetMapping("/admin/durations")
    @Allowed(Role.ADMIN)
    ModelAndView table(Actor actor) {
        AdminRules.requireAdmin(actor, "查看期限设置");
        return view(HttpStatus.OK, null, null, FieldMessages.none());
    }

    @PostMapping("/admin/durations/{key}")
    @Allowed(Role.ADMIN)
    ModelAndView set(Actor actor, @PathVariable String key, @RequestParam(required = false) String workingDays,
                     RedirectAttributes redirect) {
        DurationKey k = key(key);
        try {
            durations.set(actor, k, number(workingDays));
        } catch (InvalidInputException e) {
            FieldMessages errors = new FieldMessages();
            e.errors().forEach(f -> errors.add("days." + k.name(), f.message()));
            return view(HttpStatus.BAD_REQUEST, k, workingDays, errors);
        }
        redirect.addFlashAttribute("notice", "admin.durations.saved");
        return new ModelAndView("redirect:/admin/durations");
    }

    @PostMapping("/admin/durations/{key}/reset")
    @Allowed(Role.ADMIN)
    String reset(Actor actor, @PathVariable String key, RedirectAttributes redirect) {
        durations.reset(actor, key(key));
        redirect.addFlashAttribute("notice", "admin.durations.resetDone");
        return "redirect:/admin/durations";
    }

    /** A whole number as typed, or a refusal naming the field; blank is "none". */
    private static Integer number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("请填写整数", java.util.List.of(
                    new org.fingertip.registry.shared.FieldError("workingDays", "请填写整数天数，收到“" + typed.strip() + "”")));
        }
    }

    private static DurationKey key(String name) {
        for (DurationKey k : DurationKey.values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        throw new NotFoundException("没有名为 " + name + " 的期限");
    }

    private ModelAndView view(HttpStatus status, DurationKey typedKey, String typed, FieldMessages errors) {
        ModelAndView mav = new ModelAndView("admin/durations");
        mav.setStatus(status);
        mav.addObject("lines", durations.settings().lines());
        mav.addObject("typedKey", typedKey);
        mav.addObject("typed", typed);
        mav.addObject("errors", errors);
        return mav;
    }
}
