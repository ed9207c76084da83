package org.fingertip.web.page.admin;

import java.time.Clock;
import java.time.LocalDate;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.calendar.HolidayYear;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.web.admin.CalendarAdministration;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.task.CalendarChanges;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/calendar?year=}: a year's days off and weekend working days (调休) as one date per line with its kind,
 * saved through the calendar's service (the open due dates of that year move with it); messages beside the field.
 */
@Controller
class CalendarPageController {
    private final CalendarAdministration calendar;
    private final Clock clock;

    CalendarPageController(CalendarAdministration calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/admin/calendar")
    @Allowed(Role.ADMIN)
    ModelAndView year(@RequestParam(required = false) Integer year) {
        int y = year != null ? year : LocalDate.now(clock.withZone(WorkingCalendar.ZONE)).getYear();
        HolidayYear known = calendar.year(y).orElse(null);
        return view(HttpStatus.OK, y, known == null ? "" : CalendarAdministration.text(known), known != null,
                FieldMessages.none());
    }

    @PostMapping("/admin/calendar")
    @Allowed(Role.ADMIN)
    ModelAndView save(Actor actor, @RequestParam int year, @RequestParam(required = false) String days,
                      RedirectAttributes redirect) {
        try {
            CalendarChanges.Outcome outcome = calendar.put(actor, CalendarAdministration.parse(year, days));
            redirect.addFlashAttribute("recomputed", outcome.recomputed());
        } catch (InvalidInputException | RuleViolationException e) {
            return view(AdminForms.status(e), year, days, calendar.year(year).isPresent(),
                    AdminForms.messages(e, "days"));
        } catch (IllegalArgumentException e) {
            FieldMessages errors = new FieldMessages();
            errors.add("days", e.getMessage());
            return view(HttpStatus.BAD_REQUEST, year, days, calendar.year(year).isPresent(), errors);
        }
        redirect.addFlashAttribute("notice", "admin.calendar.saved");
        return new ModelAndView("redirect:/admin/calendar?year=" + year);
    }

    private static ModelAndView view(HttpStatus status, int year, String days, boolean known, FieldMessages errors) {
        ModelAndView mav = new ModelAndView("admin/calendar");
        mav.setStatus(status);
        mav.addObject("year", year);
        mav.addObject("days", days);
        mav.addObject("known", known);
        mav.addObject("errors", errors);
        return mav;
    }
}
