package org.fingertip.registry.notification;

import java.util.List;

/** One page of a user's notifications, newest first, with how many of all its notifications are unread. */
public record NotificationPage(List<Notification> items, long total, long unread, int page, int size) {

    public NotificationPage {
        items = List.copyOf(items);
    }
}
