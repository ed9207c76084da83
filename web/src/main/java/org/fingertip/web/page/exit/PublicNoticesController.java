package org.fingertip.web.page.exit;

import java.util.List;

import org.fingertip.registry.exit.ExitPage;
import org.fingertip.registry.exit.ExitService;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.web.app.Paging;
import org.fingertip.web.exit.NoticeStanding;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.security.PublicEndpoint;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public notices (公告) of apps going offline or gone, without login, newest first, by a part of the name: what
 * the public may know (name, filing number, owner unit, reason, replacement, the notice to users, the offline date,
 * and whether it is still running, offline or deregistered), nothing internal — as {@code /api/public/notices}.
 */
@Controller
class PublicNoticesController {
    static final int PAGE_SIZE = 20;

    private final ExitService exits;

    PublicNoticesController(ExitService exits) {
        this.exits = exits;
    }

    @GetMapping("/public/notices")
    @PublicEndpoint
    @Transactional(readOnly = true)
    ModelAndView notices(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page) {
        Paging paging = Paging.of(page, PAGE_SIZE);
        String name = q == null || q.isBlank() ? null : q.strip();
        ModelAndView mav = new ModelAndView("exit/notices");
        mav.addObject("q", name);
        FieldMessages errors = new FieldMessages();
        ExitPage result;
        try {
            result = exits.publicNotices(name, paging.page(), paging.size());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors(), f -> f);
            mav.setStatus(HttpStatus.BAD_REQUEST);
            result = new ExitPage(List.of(), 0, 0, PAGE_SIZE);
        }
        mav.addObject("errors", errors);
        mav.addObject("result", result);
        mav.addObject("notices", result.items().stream().map(r -> new Notice(r, NoticeStanding.of(r.state()))).toList());
        mav.addObject("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return mav;
    }

    /** One notice and how it stands for the public. */
    public record Notice(ExitPage.Row row, NoticeStanding standing) {
    }
}
