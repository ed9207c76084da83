package org.fingertip.registry.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * One notification to be delivered on one channel (an outbox row), written in the transaction of the notification.
 *
 * @param attempts      attempts begun so far (a claim begins one)
 * @param nextAttemptAt when the row is due: first at once, then after each failure's backoff; while SENDING, when the
 *                      lease runs out
 * @param leaseOwner    the claim holding the row while SENDING
 * @param lastError     why the last attempt failed, if it did
 */
public record Delivery(Long id, long notificationId, Channel channel, String address, DeliveryState state,
                       int attempts, Instant nextAttemptAt, String leaseOwner, Instant leaseUntil, String lastError,
                       Instant sentAt, Instant createdAt) {
    public static final int ADDRESS_MAX = 254;
    public static final int ERROR_MAX = 1000;

    public Delivery {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(createdAt, "createdAt");
        if (address.isBlank() || address.length() > ADDRESS_MAX) {
            throw new IllegalArgumentException("address must be 1 to " + ADDRESS_MAX + " characters");
        }
    }

    /** A new email delivery, due at once. */
    public static Delivery email(long notificationId, String address, Instant now) {
        return new Delivery(null, notificationId, Channel.EMAIL, address, DeliveryState.PENDING, 0, now, null, null,
                null, null, now);
    }

    /** The reason of a failure as a row keeps it: the exception's type and message, cut to {@value #ERROR_MAX}. */
    public static String errorOf(Throwable failure) {
        String text = failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        return text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX);
    }
}
