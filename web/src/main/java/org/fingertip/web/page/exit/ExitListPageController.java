package org.fingertip.web.page.exit;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.exit.ExitPage;
import org.fingertip.registry.exit.ExitService;
import org.fingertip.registry.exit.ExitState;
import org.fingertip.web.app.Paging;
import org.fingertip.web.exit.ExitExport;
import org.fingertip.web.export.XlsxExports;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.security.Allowed;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The exits of the viewer's jurisdiction (reviewers, supervisors, operators), newest first, filtered by state,
 * department (a division or unit code) and overdue directed exits; with the figures of clearance the supervisors
 * quote (examined, integrated, closed, kept, exiting, the reduction rate), as {@code /api/exits} and
 * {@code /api/exits/figures} give them.
 */
@Controller
class ExitListPageController {
    static final int PAGE_SIZE = 20;
    static final int DEPARTMENT_MAX = 30;

    private final ExitService exits;
    private final MessageSource messages;
    private final ExitExport export;
    private final XlsxExports exports;

    ExitListPageController(ExitService exits, MessageSource messages, ExitExport export, XlsxExports exports) {
        this.exits = exits;
        this.messages = messages;
        this.export = export;
        this.exports = exports;
    }

    @GetMapping("/exits")
    @Allowed({Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    @Transactional(readOnly = true)
    ModelAndView list(Actor actor, @RequestParam(required = false) ExitState state,
                      @RequestParam(required = false) String department,
                      @RequestParam(required = false) Boolean overdue,
                      @RequestParam(required = false) Boolean open,
                      @RequestParam(required = false) Integer page) {
        Paging paging = Paging.of(page, PAGE_SIZE);
        String dept = department == null || department.isBlank() ? null : department.strip();
        boolean onlyOverdue = Boolean.TRUE.equals(overdue);
        ModelAndView mav = new ModelAndView("exit/list");
        mav.addObject("state", state);
        mav.addObject("department", dept);
        mav.addObject("overdue", onlyOverdue);
        mav.addObject("open", Boolean.TRUE.equals(open));
        mav.addObject("states", ExitState.values());
        mav.addObject("today", exits.today());
        mav.addObject("figures", exits.figures(actor, null));
        mav.addObject("scope", actor.jurisdiction());
        FieldMessages errors = new FieldMessages();
        if (dept != null && dept.length() > DEPARTMENT_MAX) {
            errors.add("department", messages.getMessage("exit.page.error.department", new Object[]{DEPARTMENT_MAX},
                    LocaleContextHolder.getLocale()));
        }
        mav.addObject("errors", errors);
        if (!errors.isEmpty()) {
            mav.setStatus(HttpStatus.BAD_REQUEST);
            mav.addObject("result", new ExitPage(List.of(), 0, 0, PAGE_SIZE));
            mav.addObject("pages", 1);
            return mav;
        }
        ExitPage result = exits.search(actor, state, dept, onlyOverdue, Boolean.TRUE.equals(open), paging.page(),
                paging.size());
        mav.addObject("result", result);
        mav.addObject("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return mav;
    }

    /** The exits with the page's filters as an Excel file (the page's 导出 Excel link). */
    @GetMapping("/exits/export.xlsx")
    @Allowed({Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    void export(Actor actor, @RequestParam(required = false) ExitState state,
                @RequestParam(required = false) String department,
                @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Boolean open,
                HttpServletResponse response) throws IOException {
        exports.write(actor, export.sheet(actor, state, department, Boolean.TRUE.equals(overdue),
                Boolean.TRUE.equals(open)), response);
    }
}
