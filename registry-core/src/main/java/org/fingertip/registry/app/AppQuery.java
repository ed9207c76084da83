package org.fingertip.registry.app;

import java.time.Instant;

import org.fingertip.registry.department.DivisionLevel;

/**
 * A registry search within a jurisdiction (a division path prefix). Empty filters match all.
 *
 * @param scopePath       the caller's jurisdiction as a division path, e.g. {@code /420000/420100/}
 * @param ownerUnitCode   only this unit's apps (an applicant's view), or null
 * @param departmentCode  a division or unit code narrowing the scope, or null
 * @param includeDrafts   false for anyone but the owner unit: a draft is its unit's own until submitted
 * @param pending         only what waits for a review office, or null
 * @param submittedFrom   with {@code pending}: (re)submitted at or after this instant, or null
 * @param submittedBefore with {@code pending}: (re)submitted before this instant, or null
 * @param clearance       only apps at this point of the clearance, or null
 */
public record AppQuery(String scopePath, String ownerUnitCode, AppStatus status, AppKind kind, DivisionLevel level,
                       String departmentCode, String keyword, int page, int size, boolean includeDrafts,
                       Pending pending, Instant submittedFrom, Instant submittedBefore, Clearance clearance) {

    public AppQuery {
        if ((submittedFrom != null || submittedBefore != null) && pending == null) {
            throw new IllegalArgumentException("a submission date needs what is pending");
        }
    }

    /** A search without the pending and clearance filters. */
    public AppQuery(String scopePath, String ownerUnitCode, AppStatus status, AppKind kind, DivisionLevel level,
                    String departmentCode, String keyword, int page, int size, boolean includeDrafts) {
        this(scopePath, ownerUnitCode, status, kind, level, departmentCode, keyword, page, size, includeDrafts, null,
                null, null, null);
    }

    /** A search that includes drafts (the owner unit's own view, and tests). */
    public AppQuery(String scopePath, String ownerUnitCode, AppStatus status, AppKind kind, DivisionLevel level,
                    String departmentCode, String keyword, int page, int size) {
        this(scopePath, ownerUnitCode, status, kind, level, departmentCode, keyword, page, size, true);
    }

    public int offset() {
        return page * size;
    }
}
