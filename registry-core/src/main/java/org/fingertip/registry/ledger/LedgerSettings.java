package org.fingertip.registry.ledger;

/**
 * The ledger's numbers (DOMAIN.md, "Durations"): an item is due in 30 calendar days and may be extended once by 30.
 */
public record LedgerSettings(int deadlineDays, int extensionDays) {

    public LedgerSettings {
        if (deadlineDays < 1 || extensionDays < 1) {
            throw new IllegalArgumentException("ledger deadlines must be at least one day");
        }
    }

    public static LedgerSettings defaults() {
        return new LedgerSettings(30, 30);
    }
}
