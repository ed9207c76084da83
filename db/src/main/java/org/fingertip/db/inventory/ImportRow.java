package org.fingertip.db.inventory;

import java.time.Instant;

/** An inventory_import row as MyBatis reads and writes it; the rejected rows as JSON. */
public class ImportRow {
    public Long id;
    public String fileName;
    public String importedBy;
    public Instant importedAt;
    public int dataRows;
    public int createdCount;
    public int updatedCount;
    public int unchangedCount;
    public int rejectedCount;
    public String rejectedJson;
}
