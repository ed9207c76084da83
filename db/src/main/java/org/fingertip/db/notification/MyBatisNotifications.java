package org.fingertip.db.notification;

import java.time.Instant;
import java.util.Optional;

import org.fingertip.registry.notification.Notification;
import org.fingertip.registry.notification.NotificationPage;
import org.fingertip.registry.notification.Notifications;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** Notifications on MyBatis; the unique key on recipient and event keeps a second one out, even a concurrent one. */
@Repository
public class MyBatisNotifications implements Notifications {
    private final NotificationMapper mapper;

    public MyBatisNotifications(NotificationMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Notification> addOnce(Notification notification) {
        if (mapper.byEvent(notification.recipient(), notification.eventKey()) != null) {
            return Optional.empty();
        }
        NotificationRow row = NotificationRow.of(notification);
        try {
            mapper.insert(row);
        } catch (DuplicateKeyException e) {
            // written meanwhile by another transaction, which has committed: the statement failed, ours goes on
            return Optional.empty();
        }
        return Optional.of(notification.withId(row.id));
    }

    @Override
    public Optional<Notification> byId(long id) {
        return Optional.ofNullable(mapper.byId(id));
    }

    @Override
    public NotificationPage forRecipient(String username, boolean unreadOnly, int page, int size) {
        var items = mapper.page(username, unreadOnly, size, (long) page * size);
        long total = mapper.count(username, unreadOnly);
        long unread = unreadOnly ? total : mapper.count(username, true);
        return new NotificationPage(items, total, unread, page, size);
    }

    @Override
    public long unreadCount(String username) {
        return mapper.count(username, true);
    }

    @Override
    public void markRead(long id, Instant at) {
        mapper.markRead(id, at);
    }

    @Override
    public int markAllRead(String username, Instant at) {
        return mapper.markAllRead(username, at);
    }
}
