package org.fingertip.registry.notification;

import java.time.Duration;
import java.util.Objects;

/**
 * How notifications leave the system.
 *
 * @param emailEnabled    queue an email per notification for users with an address (only when a mail server is
 *                        configured)
 * @param maxAttempts     attempts before a delivery is FAILED for good (8)
 * @param firstBackoff    wait after the first failure, doubled after each further one (30 s)
 * @param maxBackoff      the longest wait between attempts (1 h)
 * @param batchSize       deliveries one run claims at most (20)
 * @param lease           how long a claim holds a row before another node may take it over (5 min); longer than
 *                        the mail server's timeouts, so that a slow send is not sent again by another node
 * @param messageIdDomain the right-hand side of the messages' ids, e.g. the sender address's domain
 * @param siteUrl         the site's base address for the links in emails ({@code https://fingertip.example.gov.cn}),
 *                        or null to leave links out
 */
public record DeliverySettings(boolean emailEnabled, int maxAttempts, Duration firstBackoff, Duration maxBackoff,
                               int batchSize, Duration lease, String messageIdDomain, String siteUrl) {

    public DeliverySettings {
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(messageIdDomain, "messageIdDomain");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        if (firstBackoff.isNegative() || firstBackoff.isZero() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("backoff must be positive, its cap at least the first wait");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive: " + lease);
        }
        if (messageIdDomain.isBlank()) {
            throw new IllegalArgumentException("messageIdDomain must not be blank");
        }
        siteUrl = siteUrl == null || siteUrl.isBlank() ? null : siteUrl.replaceAll("/+$", "");
    }

    /** Email off; the other numbers as documented. */
    public static DeliverySettings defaults() {
        return new DeliverySettings(false, 8, Duration.ofSeconds(30), Duration.ofHours(1), 20, Duration.ofMinutes(5),
                "fingertip.local", null);
    }

    public DeliverySettings withEmail(boolean enabled) {
        return new DeliverySettings(enabled, maxAttempts, firstBackoff, maxBackoff, batchSize, lease, messageIdDomain,
                siteUrl);
    }

    /** The wait after the {@code attempts}-th failed attempt: first, 2×first, 4×first … never above the cap. */
    public Duration backoffAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts start at 1: " + attempts);
        }
        Duration wait = firstBackoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
