package org.fingertip.web.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.calendar.HolidayYear;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.web.admin.CalendarAdministration;
import org.fingertip.web.security.Allowed;
import org.fingertip.web.security.AnyAuthenticated;
import org.fingertip.workflow.task.CalendarChanges;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public-holiday arrangement of a year (days off, and weekend working days, 调休) as deadlines count it. An
 * administrator adds next year's when the State Council publishes it, or corrects one; the open tasks whose
 * working-day due dates fall in that year are recomputed at once.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarApiController {
    private final CalendarChanges changes;
    private final CalendarAdministration administration;

    CalendarApiController(CalendarChanges changes, CalendarAdministration administration) {
        this.changes = changes;
        this.administration = administration;
    }

    @GetMapping("/{year}")
    @AnyAuthenticated
    YearResponse year(@PathVariable int year) {
        return changes.year(year).map(y -> YearResponse.of(y, null)).orElseThrow(() ->
                new NotFoundException(year + " 年的节假日安排尚未录入（期限暂按周末计算）"));
    }

    /** Adds or replaces the year's arrangement; answers with how many open due dates moved. Recorded. */
    @PutMapping("/{year}")
    @Allowed(Role.ADMIN)
    YearResponse put(Actor actor, @PathVariable int year, @RequestBody YearRequest body) {
        CalendarChanges.Outcome outcome = administration.put(actor, body.toYear(year));
        return YearResponse.of(outcome.year(), outcome.recomputed());
    }

    /** Days off (holidays and the weekend days folded into them) and weekend working days, ISO dates of the year. */
    record YearRequest(List<LocalDate> offDays, List<LocalDate> workDays) {
        HolidayYear toYear(int year) {
            List<LocalDate> off = offDays == null ? List.of() : offDays;
            List<LocalDate> work = workDays == null ? List.of() : workDays;
            if (off.isEmpty()) {
                throw new InvalidInputException("节假日安排有误",
                        List.of(new FieldError("offDays", "请列出该年的放假日期")));
            }
            if (off.stream().anyMatch(Objects::isNull) || work.stream().anyMatch(Objects::isNull)) {
                throw new InvalidInputException("节假日安排有误", List.of(new FieldError("offDays", "日期不能为空")));
            }
            try {
                return new HolidayYear(year, Set.copyOf(off), Set.copyOf(work));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("节假日安排有误", List.of(new FieldError("offDays", e.getMessage())));
            }
        }
    }

    /** A year's arrangement, sorted; {@code recomputed} (after a change) is how many open due dates moved. */
    record YearResponse(int year, List<LocalDate> offDays, List<LocalDate> workDays, Integer recomputed) {
        static YearResponse of(HolidayYear y, Integer recomputed) {
            return new YearResponse(y.year(), y.offDays().stream().sorted().toList(),
                    y.workDays().stream().sorted().toList(), recomputed);
        }
    }
}
