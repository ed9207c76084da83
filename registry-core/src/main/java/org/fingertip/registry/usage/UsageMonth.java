package org.fingertip.registry.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One app's usage facts for one month, with who recorded the values it holds and when. A month is recorded again
 * only when its values change, so {@code recordedBy} and {@code recordedAt} tell who made the last change.
 */
public record UsageMonth(long appId, YearMonth month, long monthlyActiveUsers, long audienceSize, LocalDate lastUpdate,
                         LocalDate lastPost, boolean servicesAnswer, String recordedBy, Instant recordedAt) {

    public UsageMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(lastUpdate, "lastUpdate");
        Objects.requireNonNull(lastPost, "lastPost");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public static UsageMonth of(long appId, UsageFigures f, String recordedBy, Instant recordedAt) {
        return new UsageMonth(appId, f.month(), f.monthlyActiveUsers(), f.audienceSize(), f.lastUpdate(),
                f.lastPost(), f.servicesAnswer(), recordedBy, recordedAt);
    }

    /** The facts without who and when. */
    public UsageFigures figures() {
        return new UsageFigures(month, monthlyActiveUsers, audienceSize, lastUpdate, lastPost, servicesAnswer);
    }
}
