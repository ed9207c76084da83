package org.fingertip.registry.filing;

import java.time.Instant;

import org.fingertip.registry.calendar.WorkingCalendar;

/** Due dates of the filing process's human steps, on the working-day calendar. */
public final class Deadlines {
    private final WorkingCalendar calendar;
    private final FilingSettings settings;

    public Deadlines(WorkingCalendar calendar, FilingSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    public Instant reviewDue(ReviewStep step, Instant now) {
        int days = step == ReviewStep.FIRST_REVIEW ? settings.firstReviewDays() : settings.provincialReviewDays();
        return calendar.dueAfterWorkingDays(now, days);
    }

    public Instant resubmitDue(Instant now) {
        return calendar.dueAfterWorkingDays(now, settings.resubmitDays());
    }
}
