package org.fingertip.registry.recheck;

import java.util.List;
import java.util.Optional;

/** Port: the re-checks of apps. */
public interface Rechecks {

    /** Inserts or updates the re-check and appends its new steps; refuses a stale version. */
    Recheck save(Recheck recheck);

    Optional<Recheck> byId(long id);

    /** Oldest first. */
    List<RecheckStep> steps(long recheckId);

    /** The app's re-check that is not concluded, if any (at most one at a time). */
    Optional<Recheck> openFor(long appId);
}
