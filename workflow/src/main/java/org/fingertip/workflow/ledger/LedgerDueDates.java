package org.fingertip.workflow.ledger;

import java.time.Clock;
import java.util.Date;

import org.fingertip.registry.calendar.WorkingCalendar;

/** Due dates of the ledger's verification and supervision tasks ("any other human task": 5 working days). */
public class LedgerDueDates {
    private final WorkingCalendar calendar;
    private final int otherTaskWorkingDays;
    private final Clock clock;

    public LedgerDueDates(WorkingCalendar calendar, int otherTaskWorkingDays, Clock clock) {
        this.calendar = calendar;
        this.otherTaskWorkingDays = otherTaskWorkingDays;
        this.clock = clock;
    }

    public Date otherTaskDue() {
        return Date.from(calendar.dueAfterWorkingDays(clock.instant(), otherTaskWorkingDays));
    }
}
