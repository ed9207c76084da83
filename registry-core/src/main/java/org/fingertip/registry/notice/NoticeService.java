package org.fingertip.registry.notice;

import java.time.Clock;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.shared.NotFoundException;

/**
 * The use cases of notices: the system posts one (once per event and recipient); a user lists the notices to itself
 * and its groups and marks one read. A notice to someone else is never shown: it is "not found". Callers hold the
 * transaction.
 */
public final class NoticeService {
    private final Notices notices;
    private final Clock clock;

    public NoticeService(Notices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    /** Posts the notice unless the same event already reached the recipient; returns the stored notice. */
    public Notice post(String recipient, NoticeKind kind, NoticeSubject subjectType, long subjectId, Long appId,
                       String text) {
        return notices.postOnce(Notice.of(recipient, kind, subjectType, subjectId, appId, text, clock.instant()));
    }

    /** The actor's notices (to itself and its groups), newest first. */
    public NoticePage page(Actor actor, boolean unreadOnly, int page, int size) {
        List<String> recipients = Recipients.of(actor);
        if (recipients.isEmpty()) {
            return new NoticePage(List.of(), 0, 0, page, size);
        }
        return notices.forRecipients(recipients, unreadOnly, page, size);
    }

    /** One of the actor's notices; 404 for a notice to anybody else. */
    public Notice visible(Actor actor, long id) {
        return notices.byId(id).filter(n -> Recipients.of(actor).contains(n.recipient()))
                .orElseThrow(() -> new NotFoundException("未找到编号为 " + id + " 的通知"));
    }

    /** The actor read one of its notices (for its whole group); marking it again changes nothing. */
    public Notice markRead(Actor actor, long id) {
        Notice n = visible(actor, id);
        if (n.isRead()) {
            return n;
        }
        notices.markRead(id, actor.username(), clock.instant());
        // as stored: a colleague may have read it first, and the store keeps its own precision of time
        return notices.byId(id).orElseThrow(() -> new NotFoundException("未找到编号为 " + id + " 的通知"));
    }
}
