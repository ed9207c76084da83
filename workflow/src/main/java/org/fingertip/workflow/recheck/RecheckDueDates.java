package org.fingertip.workflow.recheck;

import java.time.Clock;
import java.util.Date;

import org.fingertip.registry.calendar.WorkingCalendar;

/** Due dates of the re-check's tasks: the self-inspection (10 working days) and any other human task (5). */
public class RecheckDueDates {
    private final WorkingCalendar calendar;
    private final int selfInspectionWorkingDays;
    private final int otherTaskWorkingDays;
    private final Clock clock;

    public RecheckDueDates(WorkingCalendar calendar, int selfInspectionWorkingDays, int otherTaskWorkingDays,
                           Clock clock) {
        this.calendar = calendar;
        this.selfInspectionWorkingDays = selfInspectionWorkingDays;
        this.otherTaskWorkingDays = otherTaskWorkingDays;
        this.clock = clock;
    }

    public Date selfInspectionDue() {
        return Date.from(calendar.dueAfterWorkingDays(clock.instant(), selfInspectionWorkingDays));
    }

    public Date otherTaskDue() {
        return Date.from(calendar.dueAfterWorkingDays(clock.instant(), otherTaskWorkingDays));
    }
}
