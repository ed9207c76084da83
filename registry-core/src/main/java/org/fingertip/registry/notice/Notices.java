package org.fingertip.registry.notice;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** Port: the notices. */
public interface Notices {

    /**
     * Stores the notice unless the same event (kind and subject) was already posted to the same recipient; returns
     * the stored notice either way. A retried job therefore never posts twice.
     */
    Notice postOnce(Notice notice);

    /** The notice of the same event (kind and subject) to the same recipient, if it was posted. */
    Optional<Notice> sameEvent(Notice notice);

    Optional<Notice> byId(long id);

    /** The notices to any of the recipients, newest first; only the unread ones when asked. */
    NoticePage forRecipients(Collection<String> recipients, boolean unreadOnly, int page, int size);

    /** Records the first reading; a notice already read keeps its first reader and time. */
    void markRead(long id, String by, Instant at);
}
