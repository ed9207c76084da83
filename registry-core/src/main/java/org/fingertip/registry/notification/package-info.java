/**
 * Notifications (个人通知): one message per user and event in an in-app notification centre, written in the
 * transaction of the event that causes it, with its email queued in the same transaction (an outbox) and delivered
 * from there, at least once, by {@link org.fingertip.registry.notification.DeliveryService}.
 */
package org.fingertip.registry.notification;
