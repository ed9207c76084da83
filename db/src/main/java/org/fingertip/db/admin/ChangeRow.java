package org.fingertip.db.admin;

import java.time.Instant;

import org.fingertip.registry.admin.AdminChange;

/** A change to insert; the generated id comes back in {@link #id}. */
class ChangeRow {
    Long id;
    Instant at;
    String actor;
    String action;
    String objectKind;
    String objectKey;
    String detail;

    static ChangeRow of(AdminChange c) {
        ChangeRow row = new ChangeRow();
        row.at = c.at();
        row.actor = c.actor();
        row.action = c.action().name();
        row.objectKind = c.objectKind().name();
        row.objectKey = c.objectKey();
        row.detail = c.detail();
        return row;
    }
}
