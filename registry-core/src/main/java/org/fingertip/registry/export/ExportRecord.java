package org.fingertip.registry.export;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One export of a list: who took it, which list (a short key such as {@code apps} or {@code ledger}), the filters as
 * the user gave them, in words, how many data rows the file has, and when.
 *
 * @param id the stored record's id; null before it is stored
 */
public record ExportRecord(Long id, String username, String list, String filters, long rows, Instant exportedAt) {
    public static final int LIST_MAX = 40;
    private static final Pattern LIST_KEY = Pattern.compile("[a-z][a-z0-9-]{0," + (LIST_MAX - 1) + "}");

    public ExportRecord {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(exportedAt, "exportedAt");
        if (username.isBlank()) {
            throw new IllegalArgumentException("an export is made by someone");
        }
        if (list == null || !LIST_KEY.matcher(list).matches()) {
            throw new IllegalArgumentException("list key: lower-case letters, digits and '-', at most " + LIST_MAX
                    + " characters: " + list);
        }
        if (rows < 0) {
            throw new IllegalArgumentException("rows: " + rows);
        }
    }

    /** An export about to leave: not stored yet. */
    public static ExportRecord of(String username, String list, String filters, long rows, Instant exportedAt) {
        return new ExportRecord(null, username, list, filters, rows, exportedAt);
    }

    public ExportRecord stored(long assignedId) {
        return new ExportRecord(assignedId, username, list, filters, rows, exportedAt);
    }
}
