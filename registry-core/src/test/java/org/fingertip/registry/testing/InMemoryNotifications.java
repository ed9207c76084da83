package org.fingertip.registry.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.fingertip.registry.notification.Notification;
import org.fingertip.registry.notification.NotificationPage;
import org.fingertip.registry.notification.Notifications;

/** The notifications in memory; like the database it keeps one per recipient and event key. */
public final class InMemoryNotifications implements Notifications {
    private final Map<Long, Notification> rows = new TreeMap<>();
    private long lastId;

    @Override
    public synchronized Optional<Notification> addOnce(Notification notification) {
        boolean known = rows.values().stream().anyMatch(n -> n.recipient().equals(notification.recipient())
                && n.eventKey().equals(notification.eventKey()));
        if (known) {
            return Optional.empty();
        }
        Notification stored = notification.withId(++lastId);
        rows.put(stored.id(), stored);
        return Optional.of(stored);
    }

    @Override
    public synchronized Optional<Notification> byId(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized NotificationPage forRecipient(String username, boolean unreadOnly, int page, int size) {
        List<Notification> theirs = rows.values().stream().filter(n -> n.recipient().equals(username))
                .sorted(Comparator.comparing(Notification::createdAt).thenComparing(Notification::id).reversed())
                .toList();
        List<Notification> listed = theirs.stream().filter(n -> !unreadOnly || !n.isRead()).toList();
        long unread = theirs.stream().filter(n -> !n.isRead()).count();
        return new NotificationPage(listed.stream().skip((long) page * size).limit(size).toList(), listed.size(),
                unread, page, size);
    }

    @Override
    public synchronized long unreadCount(String username) {
        return rows.values().stream().filter(n -> n.recipient().equals(username) && !n.isRead()).count();
    }

    @Override
    public synchronized void markRead(long id, Instant at) {
        Notification n = rows.get(id);
        if (n != null && !n.isRead()) {
            rows.put(id, read(n, at));
        }
    }

    @Override
    public synchronized int markAllRead(String username, Instant at) {
        int marked = 0;
        for (Notification n : List.copyOf(rows.values())) {
            if (n.recipient().equals(username) && !n.isRead()) {
                rows.put(n.id(), read(n, at));
                marked++;
            }
        }
        return marked;
    }

    /** Every notification, oldest first (for assertions). */
    public synchronized List<Notification> all() {
        return List.copyOf(rows.values());
    }

    private static Notification read(Notification n, Instant at) {
        return new Notification(n.id(), n.recipient(), n.kind(), n.eventKey(), n.title(), n.body(), n.appId(),
                n.link(), n.createdAt(), at);
    }
}
