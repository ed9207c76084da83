package org.fingertip.db.export;

import java.time.Instant;

import org.fingertip.registry.export.ExportRecord;

/** An export record to insert; the generated id comes back in {@link #id}. */
class ExportRow {
    Long id;
    String username;
    String listKey;
    String filters;
    long rowCount;
    Instant exportedAt;

    static ExportRow of(ExportRecord r) {
        ExportRow row = new ExportRow();
        row.username = r.username();
        row.listKey = r.list();
        row.filters = r.filters();
        row.rowCount = r.rows();
        row.exportedAt = r.exportedAt();
        return row;
    }
}
