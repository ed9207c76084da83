package org.fingertip.registry.notice;

import java.time.Instant;
import java.util.Objects;

/**
 * One notice to a recipient (a group such as {@code supervisor:420100}, or one user, see {@link Recipients}) about a
 * subject (e.g. re-check 12). Read by one member of a group, it is read for the group: the first reader and time are
 * kept.
 *
 * @param id      null until stored
 * @param appId   the app the subject concerns, if any (for a link)
 * @param text    the message, in Chinese, at most {@value #TEXT_MAX} characters
 * @param readAt  null while unread
 */
public record Notice(Long id, String recipient, NoticeKind kind, NoticeSubject subjectType, long subjectId, Long appId,
                     String text, Instant createdAt, Instant readAt, String readBy) {
    public static final int TEXT_MAX = 1000;
    public static final int RECIPIENT_MAX = 80;

    public Notice {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        if (recipient.isBlank() || recipient.length() > RECIPIENT_MAX) {
            throw new IllegalArgumentException("recipient must be 1 to " + RECIPIENT_MAX + " characters: " + recipient);
        }
        if (text.isBlank() || text.length() > TEXT_MAX) {
            throw new IllegalArgumentException("text must be 1 to " + TEXT_MAX + " characters");
        }
        if ((readAt == null) != (readBy == null)) {
            throw new IllegalArgumentException("readAt and readBy are set together");
        }
    }

    /** A new, unread notice. */
    public static Notice of(String recipient, NoticeKind kind, NoticeSubject subjectType, long subjectId, Long appId,
                            String text, Instant now) {
        return new Notice(null, recipient, kind, subjectType, subjectId, appId, text, now, null, null);
    }

    public boolean isRead() {
        return readAt != null;
    }

    /** This notice read by {@code by} at {@code now}; one already read keeps its first reader. */
    public Notice readBy(String by, Instant now) {
        Objects.requireNonNull(by, "by");
        return isRead() ? this : new Notice(id, recipient, kind, subjectType, subjectId, appId, text, createdAt, now, by);
    }

    /** True when both are the same event for the same recipient: a second one is never posted. */
    public boolean sameEventAs(Notice other) {
        return recipient.equals(other.recipient) && kind == other.kind && subjectType == other.subjectType
                && subjectId == other.subjectId;
    }
}
