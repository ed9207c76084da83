package org.fingertip.workflow.filing;

import java.time.Clock;
import java.util.Date;

import org.fingertip.registry.filing.Deadlines;
import org.fingertip.registry.filing.ReviewStep;

/** Due dates for the BPMN's user tasks and timers, as {@code ${filingDueDates.…}} expressions read them. */
@org.springframework.stereotype.Component("filingDueDates")
public class FilingDueDates {
    private final Deadlines deadlines;
    private final Clock clock;

    public FilingDueDates(Deadlines deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public Date firstReviewDue() {
        return Date.from(deadlines.reviewDue(ReviewStep.FIRST_REVIEW, clock.instant()));
    }

    public Date provincialReviewDue() {
        return Date.from(deadlines.reviewDue(ReviewStep.PROVINCIAL_REVIEW, clock.instant()));
    }

    public Date resubmitDue() {
        return Date.from(deadlines.resubmitDue(clock.instant()));
    }
}
