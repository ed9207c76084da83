package org.fingertip.db.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fingertip.registry.notification.Delivery;
import org.fingertip.registry.notification.Outbox;
import org.springframework.stereotype.Repository;

/**
 * The outbox on MyBatis. A claim is an UPDATE of one row guarded by the same condition that made it due, so of
 * several nodes racing for it exactly one changes it (the others' UPDATE waits for the row lock, then finds the
 * condition false); every outcome is guarded by the claim's owner.
 */
@Repository
public class MyBatisOutbox implements Outbox {
    private final DeliveryMapper mapper;

    public MyBatisOutbox(DeliveryMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long enqueue(Delivery delivery) {
        DeliveryRow row = DeliveryRow.of(delivery);
        mapper.insert(row);
        return row.id;
    }

    @Override
    public Optional<Delivery> byId(long id) {
        return Optional.ofNullable(mapper.byId(id));
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return mapper.due(now, limit);
    }

    @Override
    public boolean claim(long id, String owner, Instant now, Instant leaseUntil) {
        return mapper.claim(id, owner, now, leaseUntil) == 1;
    }

    @Override
    public boolean markSent(long id, String owner, Instant at) {
        return mapper.markSent(id, owner, at) == 1;
    }

    @Override
    public boolean markRetry(long id, String owner, String error, Instant nextAttemptAt) {
        return mapper.markRetry(id, owner, error, nextAttemptAt) == 1;
    }

    @Override
    public boolean markFailed(long id, String owner, String error) {
        return mapper.markFailed(id, owner, error) == 1;
    }

    @Override
    public List<Delivery> ofNotification(long notificationId) {
        return mapper.ofNotification(notificationId);
    }
}
