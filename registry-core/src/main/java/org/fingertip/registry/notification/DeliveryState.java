package org.fingertip.registry.notification;

/**
 * Where a delivery stands. {@code PENDING → SENDING} when a node claims it (a lease); {@code SENDING → SENT} once the
 * message is handed over; {@code SENDING → PENDING} after a failure, due again after a backoff; {@code SENDING →
 * FAILED} after the last attempt. A SENDING row whose lease ran out (its node died mid-send) is due again. SENT and
 * FAILED are final: a SENT row is never claimed again.
 */
public enum DeliveryState {
    PENDING,
    SENDING,
    SENT,
    FAILED;

    public boolean isFinal() {
        return this == SENT || this == FAILED;
    }
}
