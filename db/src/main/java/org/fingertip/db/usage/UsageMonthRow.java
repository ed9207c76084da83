package org.fingertip.db.usage;

import java.time.Instant;
import java.time.LocalDate;

/** One row of app_usage_month, as read and as written; the month is its {@code yyyy-MM} text. */
record UsageMonthRow(long appId, String usageMonth, long monthlyActiveUsers, long audienceSize, LocalDate lastUpdate,
                     LocalDate lastPost, boolean servicesAnswer, String recordedBy, Instant recordedAt) {
}
