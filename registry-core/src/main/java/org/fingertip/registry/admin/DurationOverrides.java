package org.fingertip.registry.admin;

import java.time.Instant;
import java.util.Map;

/** Port: the durations an administrator set, which override the configured defaults on every node. */
public interface DurationOverrides {

    Map<DurationKey, Stored> all();

    void put(DurationKey key, int workingDays, String by, Instant at);

    /** Back to the configured default; true if there was a value to remove. */
    boolean remove(DurationKey key);

    /** A stored value and who set it when. */
    record Stored(int workingDays, Instant updatedAt, String updatedBy) {
    }
}
