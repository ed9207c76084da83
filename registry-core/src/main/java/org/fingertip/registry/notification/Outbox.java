package org.fingertip.registry.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the deliveries waiting to go out (the outbox), shared by every node. Each change of state is one conditional
 * write that succeeds for exactly one caller, so that identical nodes on one database never send a row twice at once.
 */
public interface Outbox {

    /** Queues the delivery (in the caller's transaction); returns its id. */
    long enqueue(Delivery delivery);

    Optional<Delivery> byId(long id);

    /**
     * Ids of the rows due at {@code now} — PENDING rows whose next attempt has come, and SENDING rows whose lease ran
     * out — earliest first, at most {@code limit}. Only candidates: another node may claim any of them first.
     */
    List<Long> due(Instant now, int limit);

    /**
     * Claims the row if it is still due at {@code now}: it becomes SENDING under {@code owner} until
     * {@code leaseUntil} (also its next attempt, should the owner die), and one more attempt is counted. True for
     * exactly one of several concurrent claimers.
     */
    boolean claim(long id, String owner, Instant now, Instant leaseUntil);

    /** SENDING → SENT, if {@code owner} still holds the row; false if it lost the lease. */
    boolean markSent(long id, String owner, Instant at);

    /** SENDING → PENDING, due again at {@code nextAttemptAt}, if {@code owner} still holds the row. */
    boolean markRetry(long id, String owner, String error, Instant nextAttemptAt);

    /** SENDING → FAILED for good, if {@code owner} still holds the row. */
    boolean markFailed(long id, String owner, String error);

    /** The deliveries of one notification (for whoever wants to see what happened to it). */
    List<Delivery> ofNotification(long notificationId);
}
