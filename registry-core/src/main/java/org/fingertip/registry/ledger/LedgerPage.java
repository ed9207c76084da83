package org.fingertip.registry.ledger;

import java.time.Instant;
import java.util.List;

/** One page of the ledger. */
public record LedgerPage(List<Row> items, long total, int page, int size) {

    /** One row of the ledger list (台账). */
    public record Row(long id, long appId, String appName, String ownerUnitCode, String ownerUnitName,
                      LedgerCategory category, String finding, LedgerSource source, LedgerState state,
                      Instant deadline, boolean extended, Instant openedAt, Instant stateSince) {
    }
}
