package org.fingertip.registry.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: the inventory entries, the record of imports, the backlog and the sweep's records. */
public interface Inventory {

    /**
     * Locks the rows of these units, in this order, for the rest of the caller's transaction: two imports naming the
     * same units run one after the other, and the second sees what the first stored. Callers pass them sorted.
     */
    void lockUnits(List<String> unitCodes);

    Optional<InventoryEntry> byKey(InventoryKey key);

    Optional<InventoryEntry> byApp(long appId);

    /**
     * Inserts a new entry (id null) or updates one; a second entry with the same key, or for the same app, is refused
     * with a {@code StateConflictException}.
     */
    InventoryEntry save(InventoryEntry entry);

    /** Stores the record of an import begun; returns its id. */
    long begin(ImportLog log);

    /** Stores what the import did. */
    void finish(ImportLog log);

    Optional<ImportLog> importLog(long id);

    BacklogPage backlog(BacklogQuery query);

    /**
     * LIVE_UNFILED apps whose deadline (their entry's, or {@code defaultDeadline} for an app without one) is before
     * {@code day} and that have no {@link OverdueRecord}: earliest deadline first, at most {@code limit}.
     */
    List<Long> overdueWithoutRecord(LocalDate day, LocalDate defaultDeadline, int limit);

    Optional<OverdueRecord> overdueRecord(long appId);

    /** Stores the record unless the app has one already; false when it had (the record kept is the first). */
    boolean record(OverdueRecord record);
}
