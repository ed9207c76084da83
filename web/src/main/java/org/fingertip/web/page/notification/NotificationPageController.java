package org.fingertip.web.page.notification;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.notification.NotificationPage;
import org.fingertip.registry.notification.NotificationService;
import org.fingertip.web.app.Paging;
import org.fingertip.web.security.AnyAuthenticated;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 通知: the user's own notifications, newest first, the unread ones set apart, each linked to its page; marked read
 * one by one or all at once.
 */
@Controller
class NotificationPageController {
    static final int PAGE_SIZE = 20;

    private final NotificationService notifications;

    NotificationPageController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    @AnyAuthenticated
    @Transactional(readOnly = true)
    ModelAndView list(Actor actor, @RequestParam(required = false) Boolean unread,
                      @RequestParam(required = false) Integer page) {
        Paging paging = Paging.of(page, PAGE_SIZE);
        boolean onlyUnread = Boolean.TRUE.equals(unread);
        NotificationPage result = notifications.page(actor, onlyUnread, paging.page(), paging.size());
        ModelAndView mav = new ModelAndView("notification/list");
        mav.addObject("result", result);
        mav.addObject("unread", onlyUnread);
        mav.addObject("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return mav;
    }

    @PostMapping("/notifications/{id}/read")
    @AnyAuthenticated
    @Transactional
    String read(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        notifications.markRead(actor, id);
        redirect.addFlashAttribute("notice", "notice.notificationRead");
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    @AnyAuthenticated
    @Transactional
    String readAll(Actor actor, RedirectAttributes redirect) {
        int marked = notifications.markAllRead(actor);
        redirect.addFlashAttribute("notice", marked > 0 ? "notice.notificationsAllRead" : "notice.notificationsNoneUnread");
        return "redirect:/notifications";
    }
}
