package org.fingertip.registry.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * One notification to one user about one event. The event key (e.g. {@code notice:42}, {@code task:<id>:reminder})
 * names the event: a user gets at most one notification per key, so a retried step never notifies twice.
 *
 * @param id        null until stored
 * @param recipient the username
 * @param appId     the app the event concerns, if any
 * @param link      a page of ours to open, relative ({@code /apps/12}); null for none
 * @param readAt    null while unread
 */
public record Notification(Long id, String recipient, NotificationKind kind, String eventKey, String title,
                           String body, Long appId, String link, Instant createdAt, Instant readAt) {
    public static final int RECIPIENT_MAX = 64;
    public static final int EVENT_KEY_MAX = 160;
    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 2000;
    public static final int LINK_MAX = 300;

    public Notification {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(eventKey, "eventKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
        body = body == null ? "" : body;
        requireLength("recipient", recipient, RECIPIENT_MAX);
        requireLength("eventKey", eventKey, EVENT_KEY_MAX);
        requireLength("title", title, TITLE_MAX);
        if (body.length() > BODY_MAX) {
            throw new IllegalArgumentException("body must be at most " + BODY_MAX + " characters");
        }
        if (link != null && !isRelativeLink(link)) {
            // only our own pages: a link in a notification must never lead off the site
            throw new IllegalArgumentException("link must be a relative path of at most " + LINK_MAX
                    + " characters starting with a single '/': " + link);
        }
    }

    /** A new, unread notification. */
    public static Notification of(String recipient, NotificationKind kind, String eventKey, String title, String body,
                                  Long appId, String link, Instant now) {
        return new Notification(null, recipient, kind, eventKey, title, body, appId, link, now, null);
    }

    public boolean isRead() {
        return readAt != null;
    }

    /** This notification as stored under {@code id}. */
    public Notification withId(long id) {
        return new Notification(id, recipient, kind, eventKey, title, body, appId, link, createdAt, readAt);
    }

    static boolean isRelativeLink(String link) {
        return link.length() <= LINK_MAX && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\")
                && link.chars().noneMatch(c -> c <= ' ');
    }

    private static void requireLength(String name, String value, int max) {
        if (value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " must be 1 to " + max + " characters");
        }
    }
}
