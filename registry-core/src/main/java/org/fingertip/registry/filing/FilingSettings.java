package org.fingertip.registry.filing;

/**
 * The durations of the filing process, in working days (DOMAIN.md, "Durations"): first review 10, provincial
 * review 10, the applicant's resubmission after a return 15.
 */
public record FilingSettings(int firstReviewDays, int provincialReviewDays, int resubmitDays) {

    public FilingSettings {
        if (firstReviewDays < 1 || provincialReviewDays < 1 || resubmitDays < 1) {
            throw new IllegalArgumentException("durations must be at least one working day");
        }
    }

    public static FilingSettings defaults() {
        return new FilingSettings(10, 10, 15);
    }
}
