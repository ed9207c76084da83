package org.fingertip.web.page.notice;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.notice.NoticePage;
import org.fingertip.registry.notice.NoticeService;
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
 * 通知: the notices to the user and its groups (a missed self-inspection reaches the supervisors of the owner's
 * jurisdiction here), unread first to see, each linked to its app; reading one marks it read for the whole group.
 */
@Controller
class NoticePageController {
    static final int PAGE_SIZE = 20;

    private final NoticeService notices;

    NoticePageController(NoticeService notices) {
        this.notices = notices;
    }

    @GetMapping("/notices")
    @AnyAuthenticated
    @Transactional(readOnly = true)
    ModelAndView list(Actor actor, @RequestParam(required = false) Boolean unread,
                      @RequestParam(required = false) Integer page) {
        Paging paging = Paging.of(page, PAGE_SIZE);
        boolean onlyUnread = Boolean.TRUE.equals(unread);
        NoticePage result = notices.page(actor, onlyUnread, paging.page(), paging.size());
        ModelAndView mav = new ModelAndView("notice/list");
        mav.addObject("result", result);
        mav.addObject("unread", onlyUnread);
        mav.addObject("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return mav;
    }

    @PostMapping("/notices/{id}/read")
    @AnyAuthenticated
    @Transactional
    String read(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        notices.markRead(actor, id);
        redirect.addFlashAttribute("notice", "notice.noticeRead");
        return "redirect:/notices";
    }
}
