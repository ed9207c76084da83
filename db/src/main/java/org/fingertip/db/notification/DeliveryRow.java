package org.fingertip.db.notification;

import java.time.Instant;

import org.fingertip.registry.notification.Channel;
import org.fingertip.registry.notification.Delivery;
import org.fingertip.registry.notification.DeliveryState;

/** A delivery to insert; the generated id comes back in {@link #id}. */
class DeliveryRow {
    Long id;
    long notificationId;
    Channel channel;
    String address;
    DeliveryState state;
    int attempts;
    Instant nextAttemptAt;
    Instant createdAt;

    static DeliveryRow of(Delivery d) {
        DeliveryRow r = new DeliveryRow();
        r.notificationId = d.notificationId();
        r.channel = d.channel();
        r.address = d.address();
        r.state = d.state();
        r.attempts = d.attempts();
        r.nextAttemptAt = d.nextAttemptAt();
        r.createdAt = d.createdAt();
        return r;
    }
}
