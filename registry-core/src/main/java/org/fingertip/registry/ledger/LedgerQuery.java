package org.fingertip.registry.ledger;

import java.time.Instant;

/**
 * A ledger search within a jurisdiction (division path prefix) or one unit; empty filters match all.
 *
 * @param overdueAt when set, only items not closed whose deadline is before this instant
 */
public record LedgerQuery(String scopePath, String ownerUnitCode, LedgerState state, Instant overdueAt,
                          String departmentCode, LedgerCategory category, int page, int size) {

    public int offset() {
        return page * size;
    }
}
