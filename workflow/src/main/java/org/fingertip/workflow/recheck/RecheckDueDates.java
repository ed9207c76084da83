package org.fingertip.workflow.recheck;

import java.time.Clock;
import java.util.Date;

import org.fingertip.registry.calendar.WorkingCalendar;

/** The self-inspection's due date (10 working days), which the re-check's timer and its record share. */
public class RecheckDueDates {
    private final WorkingCalendar calendar;
    private final int selfInspectionWorkingDays;
    private final Clock clock;

    public RecheckDueDates(WorkingCalendar calendar, int selfInspectionWorkingDays, Clock clock) {
        this.calendar = calendar;
        this.selfInspectionWorkingDays = selfInspectionWorkingDays;
        this.clock = clock;
    }

    public Date selfInspectionDue() {
        return Date.from(calendar.dueAfterWorkingDays(clock.instant(), selfInspectionWorkingDays));
    }
}
