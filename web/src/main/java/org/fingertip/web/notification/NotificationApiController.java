package org.fingertip.web.notification;

import java.time.Instant;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.notification.Notification;
import org.fingertip.registry.notification.NotificationKind;
import org.fingertip.registry.notification.NotificationPage;
import org.fingertip.registry.notification.NotificationService;
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
 * The caller's notification centre (通知): its own notifications only — reminders, escalations, decisions, returns,
 * copies and the notices to its post. Anybody else's is "not found".
 */
@RestController
@RequestMapping("/api/notifications")
class NotificationApiController {
    private final NotificationService notifications;

    NotificationApiController(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** Newest first; {@code unread=true} lists only the unread ones. */
    @GetMapping
    @AnyAuthenticated
    @Transactional(readOnly = true)
    PageJson list(Actor actor, @RequestParam(required = false) Boolean unread,
                  @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return PageJson.of(notifications.page(actor, Boolean.TRUE.equals(unread), paging.page(), paging.size()));
    }

    /** How many of the caller's notifications are unread. */
    @GetMapping("/count")
    @AnyAuthenticated
    @Transactional(readOnly = true)
    CountJson count(Actor actor) {
        return new CountJson(notifications.unreadCount(actor));
    }

    /** Marks one of the caller's notifications read; marking it again changes nothing. */
    @PostMapping("/{id}/read")
    @AnyAuthenticated
    @Transactional
    NotificationJson read(Actor actor, @PathVariable long id) {
        return NotificationJson.of(notifications.markRead(actor, id));
    }

    /** Marks every unread notification of the caller read. */
    @PostMapping("/read-all")
    @AnyAuthenticated
    @Transactional
    MarkedJson readAll(Actor actor) {
        return new MarkedJson(notifications.markAllRead(actor));
    }

    record CountJson(long unread) {
    }

    record MarkedJson(int marked) {
    }

    /** One page of notifications, with how many of all the caller's notifications are unread. */
    record PageJson(List<NotificationJson> items, long total, long unread, int page, int size) {
        static PageJson of(NotificationPage p) {
            return new PageJson(p.items().stream().map(NotificationJson::of).toList(), p.total(), p.unread(),
                    p.page(), p.size());
        }
    }

    /** A notification as the API shows it; {@code link} is a page of ours, relative. */
    record NotificationJson(long id, NotificationKind kind, String kindLabel, String title, String body, Long appId,
                            String link, Instant createdAt, boolean read, Instant readAt) {
        static NotificationJson of(Notification n) {
            return new NotificationJson(n.id(), n.kind(), n.kind().label(), n.title(), n.body(), n.appId(), n.link(),
                    n.createdAt(), n.isRead(), n.readAt());
        }
    }
}
