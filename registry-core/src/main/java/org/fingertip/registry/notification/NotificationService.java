package org.fingertip.registry.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.shared.NotFoundException;

/**
 * The use cases of notifications: the system notifies the members of a recipient (once per event and user, with an
 * email queued in the same transaction when mail is on); a user lists its own and marks them read. Another user's
 * notification is "not found". Callers hold the transaction — the one of the event that causes the notification, so
 * that a step rolled back leaves neither a notification nor an email behind.
 */
public final class NotificationService {
    private final Notifications notifications;
    private final Members members;
    private final Outbox outbox;
    private final DeliverySettings settings;
    private final Clock clock;

    public NotificationService(Notifications notifications, Members members, Outbox outbox, DeliverySettings settings,
                               Clock clock) {
        this.notifications = notifications;
        this.members = members;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Notifies every enabled user of the recipient — {@code user:<username>}, or a group named like the engine's
     * candidate groups {@code supervisor:<divisionCode>}, {@code reviewer:<divisionCode>},
     * {@code applicant:<unitCode>} — once per (eventKey, user): a repeat with the same eventKey writes nothing. Runs
     * in the caller's transaction; queues one email per notification for users with an email address when mail is
     * enabled. A title or body longer than a notification holds is cut (a notification never fails the step that
     * causes it). Returns how many notifications it wrote.
     *
     * @param appId the app the event concerns, or null
     * @param link  a page of ours to open, relative ({@code /apps/12}), or null
     * @throws IllegalArgumentException for a recipient of no known form, a blank or over-long event key, or a link
     *                                  that is not a relative path
     */
    public int notify(String recipient, NotificationKind kind, String eventKey, String title, String body, Long appId,
                      String link) {
        Recipient to = Recipient.parse(recipient);
        Instant now = clock.instant();
        String shortTitle = cut(title, Notification.TITLE_MAX);
        String shortBody = cut(body, Notification.BODY_MAX);
        int written = 0;
        for (Member member : members.of(to)) {
            Optional<Notification> added = notifications.addOnce(Notification.of(member.username(), kind, eventKey,
                    shortTitle, shortBody, appId, link, now));
            if (added.isEmpty()) {
                continue;
            }
            written++;
            if (settings.emailEnabled() && member.hasEmail()) {
                outbox.enqueue(Delivery.email(added.get().id(), member.email(), now));
            }
        }
        return written;
    }

    /** The actor's notifications, newest first. */
    public NotificationPage page(Actor actor, boolean unreadOnly, int page, int size) {
        if (actor.isSystem()) {
            return new NotificationPage(List.of(), 0, 0, page, size);
        }
        return notifications.forRecipient(actor.username(), unreadOnly, page, size);
    }

    public long unreadCount(Actor actor) {
        return actor.isSystem() ? 0 : unreadCountOf(actor.username());
    }

    /** The unread count of a logged-in user known by name only (the pages' header): one count, nothing else read. */
    public long unreadCountOf(String username) {
        return notifications.unreadCount(username);
    }

    /** One of the actor's notifications; 404 for anybody else's. */
    public Notification visible(Actor actor, long id) {
        return notifications.byId(id).filter(n -> n.recipient().equals(actor.username()))
                .orElseThrow(() -> notFound(id));
    }

    /** The actor read one of its notifications; marking it again changes nothing. */
    public Notification markRead(Actor actor, long id) {
        Notification n = visible(actor, id);
        if (n.isRead()) {
            return n;
        }
        notifications.markRead(id, clock.instant());
        // as stored: the store keeps its own precision of time
        return notifications.byId(id).orElseThrow(() -> notFound(id));
    }

    /** Marks every unread notification of the actor read; returns how many. */
    public int markAllRead(Actor actor) {
        return actor.isSystem() ? 0 : notifications.markAllRead(actor.username(), clock.instant());
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("未找到编号为 " + id + " 的通知");
    }

    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
