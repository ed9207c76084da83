package org.fingertip.db.notification;

import java.time.Instant;

import org.fingertip.registry.notification.Notification;
import org.fingertip.registry.notification.NotificationKind;

/** A notification to insert; the generated id comes back in {@link #id}. */
class NotificationRow {
    Long id;
    String recipient;
    NotificationKind kind;
    String eventKey;
    String title;
    String body;
    Long appId;
    String link;
    Instant createdAt;

    static NotificationRow of(Notification n) {
        NotificationRow r = new NotificationRow();
        r.recipient = n.recipient();
        r.kind = n.kind();
        r.eventKey = n.eventKey();
        r.title = n.title();
        r.body = n.body();
        r.appId = n.appId();
        r.link = n.link();
        r.createdAt = n.createdAt();
        return r;
    }
}
