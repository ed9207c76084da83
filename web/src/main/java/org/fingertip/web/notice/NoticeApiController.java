package org.fingertip.web.notice;

import java.time.Instant;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.notice.Notice;
import org.fingertip.registry.notice.NoticeKind;
import org.fingertip.registry.notice.NoticePage;
import org.fingertip.registry.notice.NoticeService;
import org.fingertip.registry.notice.NoticeSubject;
import org.fingertip.web.app.Paging;
import org.fingertip.web.security.AnyAuthenticated;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's notices (通知): those to itself and to its groups (e.g. the supervisors of its jurisdiction receive
 * escalations). A notice to anybody else is "not found".
 */
@RestController
@RequestMapping("/api/notices")
class NoticeApiController {
    private final NoticeService notices;

    NoticeApiController(NoticeService notices) {
        this.notices = notices;
    }

    /** Newest first; {@code unread=true} lists only the unread ones. */
    @GetMapping
    @AnyAuthenticated
    @Transactional(readOnly = true)
    PageJson list(Actor actor, @RequestParam(required = false) Boolean unread,
                  @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return PageJson.of(notices.page(actor, Boolean.TRUE.equals(unread), paging.page(), paging.size()));
    }

    /** Marks the notice read for its recipient group; the first reader is kept. */
    @PostMapping("/{id}/read")
    @AnyAuthenticated
    @Transactional
    NoticeJson read(Actor actor, @PathVariable long id) {
        return NoticeJson.of(notices.markRead(actor, id));
    }

    /** One page of notices, with how many of all the caller's notices are unread. */
    record PageJson(List<NoticeJson> items, long total, long unread, int page, int size) {
        static PageJson of(NoticePage p) {
            return new PageJson(p.items().stream().map(NoticeJson::of).toList(), p.total(), p.unread(), p.page(),
                    p.size());
        }
    }

    /** A notice as the API shows it; {@code recipient} is a group such as {@code supervisor:420100} or a user. */
    record NoticeJson(long id, String recipient, NoticeKind kind, String kindLabel, NoticeSubject subjectType,
                      long subjectId, Long appId, String text, Instant createdAt, boolean read, Instant readAt,
                      String readBy) {
        static NoticeJson of(Notice n) {
            return new NoticeJson(n.id(), n.recipient(), n.kind(), n.kind().label(), n.subjectType(), n.subjectId(),
                    n.appId(), n.text(), n.createdAt(), n.isRead(), n.readAt(), n.readBy());
        }
    }
}
