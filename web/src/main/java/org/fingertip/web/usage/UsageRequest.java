package org.fingertip.web.usage;

import org.fingertip.registry.usage.UsageEntry;

/**
 * The body of {@code PUT /api/apps/{id}/usage/{month}}: counts as JSON integers, dates as {@code yyyy-MM-dd} text,
 * the answer as a JSON boolean. The core checks every value (400 naming the field).
 */
record UsageRequest(Long monthlyActiveUsers, Long audienceSize, String lastUpdate, String lastPost,
                    Boolean servicesAnswer) {

    UsageEntry toEntry(String month) {
        return new UsageEntry(month, text(monthlyActiveUsers), text(audienceSize), lastUpdate, lastPost,
                text(servicesAnswer));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
