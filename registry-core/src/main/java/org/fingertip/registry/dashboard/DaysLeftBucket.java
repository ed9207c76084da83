package org.fingertip.registry.dashboard;

import org.fingertip.registry.shared.Labelled;

/**
 * The live-but-unfiled backlog by the days left to its filing deadline (0 on the deadline, negative once overdue),
 * the same days the backlog list shows and filters by ({@code minDaysLeft}, {@code maxDaysLeft}).
 */
public enum DaysLeftBucket implements Labelled {
    OVERDUE(null, -1, "已逾期"),
    WITHIN_30(0, 30, "30 天以内"),
    DAYS_31_TO_90(31, 90, "31–90 天"),
    OVER_90(91, null, "90 天以上");

    private final Integer minDaysLeft;
    private final Integer maxDaysLeft;
    private final String label;

    DaysLeftBucket(Integer minDaysLeft, Integer maxDaysLeft, String label) {
        this.minDaysLeft = minDaysLeft;
        this.maxDaysLeft = maxDaysLeft;
        this.label = label;
    }

    /** The fewest days left, or null for no limit. */
    public Integer minDaysLeft() {
        return minDaysLeft;
    }

    /** The most days left, or null for no limit. */
    public Integer maxDaysLeft() {
        return maxDaysLeft;
    }

    @Override
    public String label() {
        return label;
    }
}
