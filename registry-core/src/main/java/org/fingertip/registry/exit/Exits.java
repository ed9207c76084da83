package org.fingertip.registry.exit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: the exits of apps. */
public interface Exits {

    /** Inserts or updates the exit and appends its new steps; refuses a stale version. */
    Exit save(Exit exit);

    Optional<Exit> byId(long id);

    /** The app's exit that has not ended, if any (at most one at a time). */
    Optional<Exit> openFor(long appId);

    /** The app's newest exit, ended or not. */
    Optional<Exit> latestFor(long appId);

    /** Oldest first. */
    List<ExitStep> steps(long exitId);

    /**
     * Exits within the scope (a division path prefix), newest first; {@code overdueOn} keeps the overdue ones,
     * {@code openOnly} those not EXITED.
     */
    ExitPage search(String scopePath, ExitState state, String departmentCode, LocalDate overdueOn, boolean openOnly,
                    int page, int size);

    /** Published notices (公告), newest first, optionally by a part of the app's name. */
    ExitPage published(String namePart, int page, int size);

    /** The figures of clearance within the scope: examined, integrated, closed, kept, in progress. */
    ExitFigures figures(String scopePath);
}
