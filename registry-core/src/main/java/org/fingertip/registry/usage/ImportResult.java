package org.fingertip.registry.usage;

import java.util.List;

/**
 * What an import did: rows written (new months or changed values), rows whose month already held the same values,
 * and every rejected row with its line and the reason, in the order of the file.
 */
public record ImportResult(int loaded, int unchanged, List<Rejection> rejected) {

    public ImportResult {
        rejected = List.copyOf(rejected);
    }

    /** A row that was not loaded. */
    public record Rejection(int line, String reason) {
    }
}
