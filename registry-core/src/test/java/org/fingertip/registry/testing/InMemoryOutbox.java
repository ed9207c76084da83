package org.fingertip.registry.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongConsumer;

import org.fingertip.registry.notification.Delivery;
import org.fingertip.registry.notification.DeliveryState;
import org.fingertip.registry.notification.Outbox;

/**
 * The outbox in memory, with the database's conditional writes: a claim, and every outcome, succeeds only on a row in
 * the state (and under the owner) it expects. {@link #beforeClaim} lets a test put another node in between.
 */
public final class InMemoryOutbox implements Outbox {
    private final Map<Long, Delivery> rows = new TreeMap<>();
    private long lastId;
    private volatile LongConsumer beforeClaim = id -> { };

    @Override
    public synchronized long enqueue(Delivery d) {
        boolean known = rows.values().stream()
                .anyMatch(r -> r.notificationId() == d.notificationId() && r.channel() == d.channel());
        if (known) {
            throw new IllegalStateException("one delivery per notification and channel");
        }
        long id = ++lastId;
        rows.put(id, new Delivery(id, d.notificationId(), d.channel(), d.address(), d.state(), d.attempts(),
                d.nextAttemptAt(), d.leaseOwner(), d.leaseUntil(), d.lastError(), d.sentAt(), d.createdAt()));
        return id;
    }

    @Override
    public synchronized Optional<Delivery> byId(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized List<Long> due(Instant now, int limit) {
        return rows.values().stream().filter(d -> isDue(d, now))
                .sorted(Comparator.comparing(Delivery::nextAttemptAt).thenComparing(Delivery::id))
                .limit(limit).map(Delivery::id).toList();
    }

    @Override
    public boolean claim(long id, String owner, Instant now, Instant leaseUntil) {
        beforeClaim.accept(id);
        synchronized (this) {
            Delivery d = rows.get(id);
            if (d == null || !isDue(d, now)) {
                return false;
            }
            put(d, DeliveryState.SENDING, d.attempts() + 1, leaseUntil, owner, leaseUntil, d.lastError(), null);
            return true;
        }
    }

    @Override
    public synchronized boolean markSent(long id, String owner, Instant at) {
        Delivery d = held(id, owner);
        if (d == null) {
            return false;
        }
        put(d, DeliveryState.SENT, d.attempts(), d.nextAttemptAt(), null, null, d.lastError(), at);
        return true;
    }

    @Override
    public synchronized boolean markRetry(long id, String owner, String error, Instant nextAttemptAt) {
        Delivery d = held(id, owner);
        if (d == null) {
            return false;
        }
        put(d, DeliveryState.PENDING, d.attempts(), nextAttemptAt, null, null, error, null);
        return true;
    }

    @Override
    public synchronized boolean markFailed(long id, String owner, String error) {
        Delivery d = held(id, owner);
        if (d == null) {
            return false;
        }
        put(d, DeliveryState.FAILED, d.attempts(), d.nextAttemptAt(), null, null, error, null);
        return true;
    }

    @Override
    public synchronized List<Delivery> ofNotification(long notificationId) {
        return rows.values().stream().filter(d -> d.notificationId() == notificationId).toList();
    }

    /** Runs before every claim, outside the lock: e.g. another node claiming the row first. */
    public void beforeClaim(LongConsumer hook) {
        this.beforeClaim = hook;
    }

    /** Every delivery, oldest first (for assertions). */
    public synchronized List<Delivery> all() {
        return List.copyOf(rows.values());
    }

    private static boolean isDue(Delivery d, Instant now) {
        return (d.state() == DeliveryState.PENDING || d.state() == DeliveryState.SENDING)
                && !d.nextAttemptAt().isAfter(now);
    }

    private Delivery held(long id, String owner) {
        Delivery d = rows.get(id);
        return d != null && d.state() == DeliveryState.SENDING && owner.equals(d.leaseOwner()) ? d : null;
    }

    private void put(Delivery d, DeliveryState state, int attempts, Instant next, String owner, Instant leaseUntil,
                     String error, Instant sentAt) {
        rows.put(d.id(), new Delivery(d.id(), d.notificationId(), d.channel(), d.address(), state, attempts, next,
                owner, leaseUntil, error, sentAt, d.createdAt()));
    }
}
