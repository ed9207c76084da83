package org.fingertip.registry.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppStatus;

/**
 * One page of the backlog (live-but-unfiled apps), earliest deadline first, with the totals of the whole scope: how
 * many are in the backlog and how many of them are overdue, as of {@code today}.
 */
public record BacklogPage(List<Row> items, long total, long overdue, LocalDate today, int page, int size) {

    public BacklogPage {
        items = List.copyOf(items);
    }

    /**
     * One live-but-unfiled app.
     *
     * @param launchDate     when it went live, as the inventory says; null for an app without an inventory entry
     * @param deadline       the last day to file it
     * @param exitProposedAt when the sweep put it on the ledger and proposed its directed exit; null before
     * @param ledgerItemId   the sweep's ledger item, or null
     */
    public record Row(long appId, String name, AppKind kind, AppStatus status, String ownerUnitCode,
                      String ownerUnitName, LocalDate launchDate, LocalDate deadline, Instant exitProposedAt,
                      Long ledgerItemId) {

        /** Days from {@code today} to the deadline: 0 on the last day, negative once overdue. */
        public long daysLeft(LocalDate today) {
            return ChronoUnit.DAYS.between(today, deadline);
        }

        public boolean isOverdue(LocalDate today) {
            return today.isAfter(deadline);
        }
    }
}
