package org.fingertip.registry.export;

import java.util.List;

/** Port: the record of exports. Records are only ever added. */
public interface ExportRecords {

    /** Stores the record; returns it with its id. */
    ExportRecord add(ExportRecord record);

    /** The user's exports, newest first, at most {@code limit}. */
    List<ExportRecord> byUser(String username, int limit);
}
