package org.fingertip.registry.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: when each filed or registered app is next due for its periodic re-check. */
public interface RecheckSchedule {

    /** A FILED or REGISTERED app with no due date yet, and since when it has been in that state. */
    record Unscheduled(long appId, Instant since) {
    }

    /** Up to {@code limit} FILED or REGISTERED apps that have no due date, lowest id first. */
    List<Unscheduled> unscheduled(int limit);

    /** Sets (or replaces) the app's due date. */
    void schedule(long appId, Instant due);

    /** Up to {@code limit} apps due at or before {@code now}, earliest first. */
    List<Long> dueBy(Instant now, int limit);

    void remove(long appId);

    Optional<Instant> dueOf(long appId);
}
