package org.fingertip.workflow.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.calendar.HolidayYear;
import org.fingertip.registry.calendar.HolidayYears;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.task.TaskDeadlines;
import org.fingertip.registry.task.WorkItem;
import org.fingertip.registry.task.WorkItems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's holiday arrangement added or corrected while running: stored (it outlives the bundled files and reaches
 * every node), put into the calendar, and every open task whose working-day due date falls in that year is given the
 * due date the new arrangement counts, with its reminder and timers moved along.
 */
@Service
@Transactional
public class CalendarChanges {
    private final HolidayYears years;
    private final WorkingCalendar calendar;
    private final WorkItems items;
    private final DueDateChanges dueDates;
    private final TaskDeadlines deadlines;
    private final Clock clock;

    public CalendarChanges(HolidayYears years, WorkingCalendar calendar, WorkItems items, DueDateChanges dueDates,
                           TaskDeadlines deadlines, Clock clock) {
        this.years = years;
        this.calendar = calendar;
        this.items = items;
        this.dueDates = dueDates;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** What changed: the year stored and how many open due dates moved. */
    public record Outcome(HolidayYear year, int recomputed) {
    }

    public Outcome put(Actor actor, HolidayYear year) {
        if (!actor.has(Role.ADMIN)) {
            throw new ForbiddenException("只有管理员可以维护节假日安排");
        }
        int current = LocalDate.now(clock.withZone(WorkingCalendar.ZONE)).getYear();
        if (year.year() < current - 1 || year.year() > current + 5) {
            throw new InvalidInputException("年份有误", List.of(new FieldError("year",
                    "只能维护 " + (current - 1) + " 至 " + (current + 5) + " 年的节假日安排")));
        }
        years.save(year, actor.username(), clock.instant());
        calendar.put(year);
        return new Outcome(year, recompute(actor, year.year()));
    }

    /** The arrangement the calendar counts with for the year, if it knows one. */
    @Transactional(readOnly = true)
    public Optional<HolidayYear> year(int year) {
        return calendar.year(year);
    }

    /** Loads the stored arrangements into the calendar (at start, and on every node in turn). */
    @Transactional(readOnly = true)
    public void load() {
        years.all().forEach(calendar::put);
    }

    private int recompute(Actor actor, int year) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
        int moved = 0;
        for (WorkItem item : items.openWorkingDayDueBetween(from, to)) {
            Instant due = deadlines.due(item.created(), item.dueWorkingDays());
            if (dueDates.move(item.taskId(), due, actor, year + " 年节假日安排更新，按工作日重算")) {
                moved++;
            }
        }
        return moved;
    }
}
