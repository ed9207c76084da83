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
 */
public record BacklogQuery(String scopePath, String departmentCode, LocalDate defaultDeadline, LocalDate today,
                           int page, int size) {

    public BacklogQuery {
        Objects.requireNonNull(scopePath, "scopePath");
        Objects.requireNonNull(defaultDeadline, "defaultDeadline");
        Objects.requireNonNull(today, "today");
    }

    public int offset() {
        return page * size;
    }
}
