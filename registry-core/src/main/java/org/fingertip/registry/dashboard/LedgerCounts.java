package org.fingertip.registry.dashboard;

/**
 * Ledger items of a category (or all of them): unfinished (neither closed nor revoked), of those overdue, and closed
 * (销号).
 */
public record LedgerCounts(long open, long overdue, long closed) {
    public static final LedgerCounts NONE = new LedgerCounts(0, 0, 0);

    public LedgerCounts plus(LedgerCounts other) {
        return new LedgerCounts(open + other.open, overdue + other.overdue, closed + other.closed);
    }
}
