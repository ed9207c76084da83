package org.fingertip.registry.notice;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.notification.NotificationKind;
import org.fingertip.registry.notification.NotificationService;
import org.fingertip.registry.shared.NotFoundException;

/**
 * The use cases of notices: the system posts one (once per event and recipient), and each member of the recipient
 * gets a notification of it; a user lists the notices to itself and its groups and marks one read. A notice to
 * someone else is never shown: it is "not found". Callers hold the transaction (the notice and its notifications
 * commit together).
 */
public final class NoticeService {
    /** The page a notice's notification links to. */
    public static final String NOTICES_PAGE = "/notices";

    private final Notices notices;
    private final NotificationService notifications;
    private final Clock clock;

    /** Notices that also notify the members of their recipient (the application's wiring). */
    public NoticeService(Notices notices, NotificationService notifications, Clock clock) {
        this.notices = notices;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Notices alone, notifying nobody (for tests about notices only). */
    public NoticeService(Notices notices, Clock clock) {
        this(notices, null, clock);
    }

    /**
     * Posts the notice unless the same event already reached the recipient; returns the stored notice. A notice
     * actually posted notifies the recipient's members (kind NOTICE, event key {@code notice:<id>}, linked to the
     * notices page); a repeat notifies nobody, not even a member who joined the post since.
     */
    public Notice post(String recipient, NoticeKind kind, NoticeSubject subjectType, long subjectId, Long appId,
                       String text) {
        Notice candidate = Notice.of(recipient, kind, subjectType, subjectId, appId, text, clock.instant());
        Optional<Notice> earlier = notices.sameEvent(candidate);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Notice posted = notices.postOnce(candidate);
        if (notifications != null) {
            // a concurrent poster of the same event gets the same notice id, and the event key keeps its members'
            // notifications single
            notifications.notify(posted.recipient(), NotificationKind.NOTICE, "notice:" + posted.id(),
                    kind.label(), posted.text(), posted.appId(), NOTICES_PAGE);
        }
        return posted;
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
