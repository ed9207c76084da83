package org.fingertip.web.page.admin;

import java.util.Arrays;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.admin.AdminChanges;
import org.fingertip.registry.admin.AdminLog;
import org.fingertip.registry.admin.AdminObject;
import org.fingertip.web.app.Paging;
import org.fingertip.web.security.Allowed;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The administrator's home ({@code /admin}: a link to each section) and the record of changes (变更记录). */
@Controller
class AdminHomeController {
    static final int PAGE_SIZE = 20;

    private final AdminLog log;

    AdminHomeController(AdminLog log) {
        this.log = log;
    }

    @GetMapping("/admin")
    @Allowed(Role.ADMIN)
    ModelAndView home() {
        return new ModelAndView("admin/home");
    }

    @GetMapping("/admin/changes")
    @Allowed(Role.ADMIN)
    @Transactional(readOnly = true)
    ModelAndView changes(Actor actor, @RequestParam(required = false) AdminObject kind,
                         @RequestParam(required = false) Integer page) {
        Paging paging = Paging.of(page, PAGE_SIZE);
        AdminChanges.Page result = log.page(actor, kind, null, paging.page(), paging.size());
        ModelAndView mav = new ModelAndView("admin/changes");
        mav.addObject("result", result);
        mav.addObject("kind", kind);
        mav.addObject("kinds", Arrays.asList(AdminObject.values()));
        mav.addObject("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return mav;
    }
}
