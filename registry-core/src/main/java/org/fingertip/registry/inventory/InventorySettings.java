package org.fingertip.registry.inventory;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The numbers of the inventory (DOMAIN.md, Durations): apps already live when the rules took effect must be filed
 * within {@code filingMonths} months of {@code rulesEffective}; the sweep handles at most {@code sweepBatchSize}
 * overdue apps per transaction.
 *
 * @param rulesEffective the rules' effective date (国办函〔2026〕12号: 2026-01-25)
 * @param filingMonths   months to file an app already live (6)
 * @param sweepBatchSize overdue apps per sweep batch (100)
 */
public record InventorySettings(LocalDate rulesEffective, int filingMonths, int sweepBatchSize) {

    public InventorySettings {
        Objects.requireNonNull(rulesEffective, "rulesEffective");
        if (filingMonths < 0) {
            throw new IllegalArgumentException("filingMonths must not be negative: " + filingMonths);
        }
        if (sweepBatchSize < 1) {
            throw new IllegalArgumentException("sweepBatchSize must be at least 1: " + sweepBatchSize);
        }
    }

    public static InventorySettings defaults() {
        return new InventorySettings(LocalDate.of(2026, 1, 25), 6, 100);
    }

    /** The last day to file an app found live: 2026-07-25 by default. */
    public LocalDate filingDeadline() {
        return rulesEffective.plusMonths(filingMonths);
    }
}
