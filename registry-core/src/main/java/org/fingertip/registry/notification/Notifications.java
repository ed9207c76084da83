package org.fingertip.registry.notification;

import java.time.Instant;
import java.util.Optional;

/** Port: the notifications. */
public interface Notifications {

    /**
     * Stores the notification unless its recipient already has one with the same event key; returns the stored one
     * only when it is new. A concurrent second writer of the same key waits for the first and then stores nothing.
     */
    Optional<Notification> addOnce(Notification notification);

    Optional<Notification> byId(long id);

    /** The user's notifications, newest first; only the unread ones when asked. */
    NotificationPage forRecipient(String username, boolean unreadOnly, int page, int size);

    long unreadCount(String username);

    /** Records the reading of one notification; one already read keeps its first time. */
    void markRead(long id, Instant at);

    /** Marks every unread notification of the user read; returns how many it marked. */
    int markAllRead(String username, Instant at);
}
