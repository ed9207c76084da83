package org.fingertip.registry.exit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One page of exits. */
public record ExitPage(List<Row> items, long total, int page, int size) {

    /** One exit as lists show it. */
    public record Row(long id, long appId, String appName, String filingNumber, String ownerUnitCode,
                      String ownerUnitName, ExitTrigger trigger, ExitState state, ExitReason reason,
                      boolean toPlatform, String replacement, String userNotice, LocalDate offlineDate,
                      LocalDate effectiveDeadline, boolean deadlineMissed, Instant noticePublishedAt,
                      Instant exitedAt, Instant startedAt) {

        /** Overdue on {@code today}: a directed exit whose deadline passed before the app went offline. */
        public boolean overdueOn(LocalDate today) {
            return effectiveDeadline != null && !state.isOffline() && today.isAfter(effectiveDeadline);
        }
    }
}
