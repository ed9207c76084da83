package org.fingertip.registry.ledger;

import java.time.Instant;

/**
 * A ledger search within a jurisdiction (division path prefix) or one unit; empty filters match all.
 *
 * @param overdueAt when set, only items not closed whose deadline is before this instant
 * @param appId     when set, only that app's items
 * @param openOnly  only items not finished (neither closed nor revoked)
 */
public record LedgerQuery(String scopePath, String ownerUnitCode, LedgerState state, Instant overdueAt,
                          String departmentCode, LedgerCategory category, Long appId, int page, int size,
                          boolean openOnly) {

    /** A search of finished and unfinished items alike. */
    public LedgerQuery(String scopePath, String ownerUnitCode, LedgerState state, Instant overdueAt,
                       String departmentCode, LedgerCategory category, Long appId, int page, int size) {
        this(scopePath, ownerUnitCode, state, overdueAt, departmentCode, category, appId, page, size, false);
    }

    /** A search over all apps. */
    public LedgerQuery(String scopePath, String ownerUnitCode, LedgerState state, Instant overdueAt,
                       String departmentCode, LedgerCategory category, int page, int size) {
        this(scopePath, ownerUnitCode, state, overdueAt, departmentCode, category, null, page, size);
    }

    public int offset() {
        return page * size;
    }
}
