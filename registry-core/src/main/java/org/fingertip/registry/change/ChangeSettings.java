package org.fingertip.registry.change;

/**
 * The rules' numbers for change filings (DOMAIN.md, "Durations"): a change is filed at least {@code noticeDays}
 * calendar days (default 30) before the day it takes effect. Review and resubmission periods are the filing's.
 */
public record ChangeSettings(int noticeDays) {

    public ChangeSettings {
        if (noticeDays < 0) {
            throw new IllegalArgumentException("noticeDays must not be negative: " + noticeDays);
        }
    }

    public static ChangeSettings defaults() {
        return new ChangeSettings(30);
    }
}
