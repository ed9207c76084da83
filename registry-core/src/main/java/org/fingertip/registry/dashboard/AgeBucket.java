package org.fingertip.registry.dashboard;

import java.time.LocalDate;

import org.fingertip.registry.shared.Labelled;

/**
 * How long a filing has waited for review: calendar days from the day it was (re)submitted to today, both in
 * Asia/Shanghai (submitted today is 0 days). Calendar days, not working days, because that is what a supervisor
 * quotes ("waiting for over 20 days"); the review deadlines themselves stay in working days on the tasks.
 */
public enum AgeBucket implements Labelled {
    UP_TO_5(0, 5, "5 天以内"),
    DAYS_6_TO_10(6, 10, "6–10 天"),
    DAYS_11_TO_20(11, 20, "11–20 天"),
    OVER_20(21, null, "20 天以上");

    private final int minDays;
    private final Integer maxDays;
    private final String label;

    AgeBucket(int minDays, Integer maxDays, String label) {
        this.minDays = minDays;
        this.maxDays = maxDays;
        this.label = label;
    }

    public int minDays() {
        return minDays;
    }

    /** The most days, or null for no limit. */
    public Integer maxDays() {
        return maxDays;
    }

    /** The first submission day of the bucket on {@code today}, or null for no limit. */
    public LocalDate submittedFrom(LocalDate today) {
        return maxDays == null ? null : today.minusDays(maxDays);
    }

    /** The last submission day of the bucket on {@code today}, or null (submitted today or later). */
    public LocalDate submittedTo(LocalDate today) {
        return minDays == 0 ? null : today.minusDays(minDays);
    }

    @Override
    public String label() {
        return label;
    }
}
