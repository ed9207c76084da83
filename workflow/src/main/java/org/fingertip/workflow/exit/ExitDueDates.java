package org.fingertip.workflow.exit;

import java.time.Clock;
import java.util.Date;

import org.fingertip.registry.calendar.WorkingCalendar;

/** Due dates of the exit's tasks: the owner's plan and migration report (10 working days), any other task (5). */
public class ExitDueDates {
    private final WorkingCalendar calendar;
    private final int planWorkingDays;
    private final int otherTaskWorkingDays;
    private final Clock clock;

    public ExitDueDates(WorkingCalendar calendar, int planWorkingDays, int otherTaskWorkingDays, Clock clock) {
        this.calendar = calendar;
        this.planWorkingDays = planWorkingDays;
        this.otherTaskWorkingDays = otherTaskWorkingDays;
        this.clock = clock;
    }

    public Date planDue() {
        return Date.from(calendar.dueAfterWorkingDays(clock.instant(), planWorkingDays));
    }

    public Date otherTaskDue() {
        return Date.from(calendar.dueAfterWorkingDays(clock.instant(), otherTaskWorkingDays));
    }
}
