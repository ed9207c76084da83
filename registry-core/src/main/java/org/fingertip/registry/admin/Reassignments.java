package org.fingertip.registry.admin;

import java.time.Instant;
import java.util.List;

/**
 * Port: what moves with a merged unit or a leaver, beside the apps themselves (which move through their aggregate,
 * each with a line in its history). Every write joins the caller's transaction, the engine's included.
 */
public interface Reassignments {

    /** The apps the unit owns, in any state, by id. */
    List<Long> appIdsOf(String unitCode);

    /** Every account of {@code fromUnit} goes to {@code toUnit}; the number moved. */
    int moveUsers(String fromUnit, String toUnit);

    /**
     * The copies of the merged unit (and its division's path) kept beside its apps: ledger items, re-checks, exits,
     * change filings (holder and proposed owner), inventory entries, the work record, evaluations' reporter units and
     * the unread notices to its applicants. The number of rows changed.
     */
    int moveUnitRecords(UnitMerge merge);

    /** The open work records of one candidate group go to another; the number changed. */
    int regroupOpenWork(String fromGroup, String toGroup);

    /** Marks the unit merged into another, with the moment. */
    void markMerged(String unitCode, String into, Instant at);

    /** The ids of the open tasks the user holds (is the assignee of), oldest first. */
    List<String> openTasksHeldBy(String username);
}
