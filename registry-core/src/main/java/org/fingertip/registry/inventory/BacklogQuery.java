package org.fingertip.registry.inventory;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The backlog within a jurisdiction: the LIVE_UNFILED apps of the scope, earliest deadline first.
 *
 * @param scopePath       the caller's jurisdiction as a division path, e.g. {@code /420000/420100/}
 * @param departmentCode  a division or unit code narrowing the scope, or null
 * @param defaultDeadline the deadline of a LIVE_UNFILED app that has no inventory entry (recorded before the
 *                        inventory import existed)
 * @param today           overdue means a deadline before this day
 * @param minDaysLeft     only apps with at least this many days left (0 on the deadline, negative once overdue), or
 *                        null
 * @param maxDaysLeft     only apps with at most this many days left, or null
 */
public record BacklogQuery(String scopePath, String departmentCode, LocalDate defaultDeadline, LocalDate today,
                           int page, int size, Integer minDaysLeft, Integer maxDaysLeft) {

    public BacklogQuery {
        Objects.requireNonNull(scopePath, "scopePath");
        Objects.requireNonNull(defaultDeadline, "defaultDeadline");
        Objects.requireNonNull(today, "today");
    }

    /** The whole backlog of the scope. */
    public BacklogQuery(String scopePath, String departmentCode, LocalDate defaultDeadline, LocalDate today, int page,
                        int size) {
        this(scopePath, departmentCode, defaultDeadline, today, page, size, null, null);
    }

    /** The first deadline kept: today plus {@code minDaysLeft}, or null. */
    public LocalDate deadlineFrom() {
        return minDaysLeft == null ? null : today.plusDays(minDaysLeft);
    }

    /** The last deadline kept: today plus {@code maxDaysLeft}, or null. */
    public LocalDate deadlineTo() {
        return maxDaysLeft == null ? null : today.plusDays(maxDaysLeft);
    }

    public int offset() {
        return page * size;
    }
}
