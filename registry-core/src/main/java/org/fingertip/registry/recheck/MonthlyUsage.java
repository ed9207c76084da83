package org.fingertip.registry.recheck;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What is known of an app for one month: its monthly active users against the size of its intended audience, the
 * last update and content post known by then, and whether its services answered when last probed that month.
 *
 * @param audienceSize 0 when the audience is not known; such a month holds no usage data
 * @param lastUpdate   null when no update is known
 * @param lastPost     null when no post is known (apps that publish nothing)
 */
public record MonthlyUsage(YearMonth month, long mau, long audienceSize, LocalDate lastUpdate, LocalDate lastPost,
        boolean servicesAnswer) {

    public MonthlyUsage {
        Objects.requireNonNull(month, "month");
        if (mau < 0 || audienceSize < 0) {
            throw new IllegalArgumentException("mau and audienceSize must not be negative: " + mau + ", " + audienceSize);
        }
    }

    /** True when the month says how many of the intended audience used the app. */
    public boolean hasUsageData() {
        return audienceSize > 0;
    }

    /** Monthly active users per member of the intended audience. */
    public double usageRatio() {
        if (!hasUsageData()) {
            throw new IllegalStateException("no audience size for " + month);
        }
        return (double) mau / audienceSize;
    }
}
