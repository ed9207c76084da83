package org.fingertip.registry.ledger;

import java.util.List;
import java.util.Optional;

/** Port: the ledger. */
public interface LedgerItems {

    Optional<LedgerItem> byId(long id);

    /** Inserts or updates the item and appends its new steps; refuses a stale version (409). */
    LedgerItem save(LedgerItem item);

    /** Oldest first. */
    List<LedgerStep> steps(long itemId);

    LedgerPage search(LedgerQuery query);

    /** True when the app has an item from this source that is not closed or revoked. */
    boolean hasUnfinished(long appId, LedgerSource source);
}
