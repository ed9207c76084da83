package org.fingertip.registry.change;

import java.util.List;
import java.util.Optional;

/** Port: the change filings of apps, their steps and their reviews. */
public interface ChangeFilings {

    /**
     * Inserts or updates the change and appends its new steps; refuses a stale version and a second open change of
     * the same app (both as a state conflict).
     */
    ChangeFiling save(ChangeFiling change);

    Optional<ChangeFiling> byId(long id);

    /** The app's change that is under review or returned, if any (at most one). */
    Optional<ChangeFiling> openFor(long appId);

    /** Every change of the app, newest first. */
    List<ChangeFiling> ofApp(long appId);

    /** Oldest first. */
    List<ChangeStep> steps(long changeId);

    long addReview(ChangeReview review);

    Optional<ChangeReview> reviewById(long id);

    /** Oldest first. */
    List<ChangeReview> reviews(long changeId);
}
