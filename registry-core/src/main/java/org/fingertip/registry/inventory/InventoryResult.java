package org.fingertip.registry.inventory;

import java.util.List;

/**
 * What an import did, row by row: {@code created} apps new to the registry; {@code updated} rows whose key was already
 * known (or that found their app already in the registry) and changed something — the inventory's facts, the
 * month's usage — or linked it; {@code unchanged} rows that changed nothing, so that the same file imported twice
 * reads {@code created 0, updated 0}; and every rejected row with its line and all its reasons, in file order.
 */
public record InventoryResult(long importId, int created, int updated, int unchanged, List<Rejection> rejected) {

    public InventoryResult {
        rejected = List.copyOf(rejected);
    }

    /** A row that was not loaded. */
    public record Rejection(int line, String reason) {
    }
}
