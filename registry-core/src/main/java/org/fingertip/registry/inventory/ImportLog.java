package org.fingertip.registry.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The record of one import: who loaded which file when, how many data rows it had, and what became of them (the
 * rejected rows with their reasons included). Every entry names the import that last changed it.
 */
public record ImportLog(Long id, String fileName, String importedBy, Instant importedAt, int rows, int created,
                        int updated, int unchanged, List<InventoryResult.Rejection> rejected) {
    public static final int FILE_NAME_MAX = 200;

    public ImportLog {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(importedBy, "importedBy");
        Objects.requireNonNull(importedAt, "importedAt");
        rejected = List.copyOf(rejected);
    }

    /** An import just begun: nothing counted yet. */
    public static ImportLog begun(String fileName, String importedBy, Instant importedAt, int rows) {
        return new ImportLog(null, shownName(fileName), importedBy, importedAt, rows, 0, 0, 0, List.of());
    }

    /** The file's name as recorded: at most {@value #FILE_NAME_MAX} characters, a placeholder for none. */
    public static String shownName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "（未命名文件）" : fileName.strip();
        return name.length() <= FILE_NAME_MAX ? name : name.substring(0, FILE_NAME_MAX);
    }

    public ImportLog finished(long assignedId, InventoryResult result) {
        return new ImportLog(assignedId, fileName, importedBy, importedAt, rows, result.created(), result.updated(),
                result.unchanged(), result.rejected());
    }
}
