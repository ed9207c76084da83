package org.fingertip.registry.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Delivers the outbox: claims the rows that are due (a conditional write per row, so that identical nodes on one
 * database never hold the same row at once), hands each message to the {@link Mailer}, and records the outcome —
 * SENT; or, after a failure, due again after a doubling backoff; FAILED for good after the last attempt (the in-app
 * notification stays either way). Delivery is at least once: a node that dies between sending and recording leaves
 * its row to be claimed again when the lease runs out, and the message goes out again with the same message id. A
 * row recorded SENT is never sent again.
 *
 * <p>Call it outside any transaction: each claim and each outcome is one write of its own, committed at once, and
 * no database transaction stays open while the mail server is talked to.
 */
public final class DeliveryService {
    /** The longest node name: a lease owner is the node's name, a slash and a UUID. */
    public static final int NODE_MAX = 80;

    private final Outbox outbox;
    private final Notifications notifications;
    private final Mailer mailer;
    private final DeliverySettings settings;
    private final Clock clock;
    private final String node;

    /** @param node names this node in the leases it takes (e.g. {@code pid@host}), for whoever reads the table */
    public DeliveryService(Outbox outbox, Notifications notifications, Mailer mailer, DeliverySettings settings,
                           Clock clock, String node) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
        this.node = Objects.requireNonNull(node, "node");
        if (node.isBlank() || node.length() > NODE_MAX) {
            throw new IllegalArgumentException("node must be 1 to " + NODE_MAX + " characters: " + node);
        }
    }

    /** Delivers up to a batch of the rows due now; returns how many were sent. */
    public int deliverDue() {
        // one owner per run: a lease taken over later, even by this node, is told apart from this one
        String owner = node + "/" + UUID.randomUUID();
        int sent = 0;
        for (long id : outbox.due(clock.instant(), settings.batchSize())) {
            Instant now = clock.instant();
            if (outbox.claim(id, owner, now, now.plus(settings.lease())) && deliver(id, owner)) {
                sent++;
            }
        }
        return sent;
    }

    /** Sends one claimed row and records the outcome; true when it went out and was recorded SENT. */
    private boolean deliver(long id, String owner) {
        Delivery d = outbox.byId(id).orElseThrow(() -> new IllegalStateException("claimed delivery vanished: " + id));
        if (d.attempts() > settings.maxAttempts()) {
            // the last attempt's node died mid-send: the message may have gone; never try beyond the limit
            outbox.markFailed(id, owner, d.lastError() != null ? d.lastError()
                    : "第 " + settings.maxAttempts() + " 次尝试未完成（租约到期）");
            return false;
        }
        Notification n = notifications.byId(d.notificationId())
                .orElseThrow(() -> new IllegalStateException("delivery " + id + " without its notification"));
        try {
            mailer.send(MailMessage.of(n, d.address(), settings));
        } catch (RuntimeException e) {
            failed(d, owner, Delivery.errorOf(e));
            return false;
        }
        return outbox.markSent(id, owner, clock.instant());
    }

    private void failed(Delivery d, String owner, String error) {
        Instant now = clock.instant();
        if (d.attempts() >= settings.maxAttempts()) {
            outbox.markFailed(d.id(), owner, error);
        } else {
            outbox.markRetry(d.id(), owner, error, now.plus(settings.backoffAfter(d.attempts())));
        }
    }
}
