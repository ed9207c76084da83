package org.fingertip.web.page.ledger;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerPage;
import org.fingertip.registry.ledger.LedgerService;
import org.fingertip.registry.ledger.LedgerState;
import org.fingertip.web.app.Paging;
import org.fingertip.web.export.XlsxExports;
import org.fingertip.web.ledger.LedgerExport;
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
 * The ledger (台账): an applicant sees its unit's items, reviewers, supervisors and operators those of their
 * jurisdiction; filtered by state, category, overdue and department (a division or unit code), deadline first.
 */
@Controller
class LedgerListController {
    static final int PAGE_SIZE = 20;
    static final int DEPARTMENT_MAX = 30;

    private final LedgerService ledger;
    private final MessageSource messages;
    private final LedgerExport export;
    private final XlsxExports exports;

    LedgerListController(LedgerService ledger, MessageSource messages, LedgerExport export, XlsxExports exports) {
        this.ledger = ledger;
        this.messages = messages;
        this.export = export;
        this.exports = exports;
    }

    @GetMapping("/ledger")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    @Transactional(readOnly = true)
    ModelAndView list(Actor actor, @RequestParam(required = false) LedgerState state,
                      @RequestParam(required = false) LedgerCategory category,
                      @RequestParam(required = false) Boolean overdue,
                      @RequestParam(required = false) Boolean open,
                      @RequestParam(required = false) String department,
                      @RequestParam(required = false) Integer page) {
        Paging paging = Paging.of(page, PAGE_SIZE);
        String dept = department == null || department.isBlank() ? null : department.strip();
        boolean onlyOverdue = Boolean.TRUE.equals(overdue);
        ModelAndView mav = new ModelAndView("ledger/list");
        mav.addObject("state", state);
        mav.addObject("category", category);
        mav.addObject("overdue", onlyOverdue);
        mav.addObject("open", Boolean.TRUE.equals(open));
        mav.addObject("department", dept);
        mav.addObject("states", LedgerState.values());
        mav.addObject("categories", LedgerCategory.values());
        mav.addObject("supervisor", actor.has(Role.SUPERVISOR));
        FieldMessages errors = new FieldMessages();
        if (dept != null && dept.length() > DEPARTMENT_MAX) {
            errors.add("department", messages.getMessage("ledger.error.department", new Object[]{DEPARTMENT_MAX},
                    LocaleContextHolder.getLocale()));
        }
        mav.addObject("errors", errors);
        if (!errors.isEmpty()) {
            mav.setStatus(HttpStatus.BAD_REQUEST);
            mav.addObject("result", new LedgerPage(List.of(), 0, 0, PAGE_SIZE));
            mav.addObject("pages", 1);
            return mav;
        }
        LedgerPage result = ledger.search(actor, state, onlyOverdue, Boolean.TRUE.equals(open), dept, category,
                paging.page(), paging.size());
        mav.addObject("result", result);
        mav.addObject("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return mav;
    }

    /** The ledger with the page's filters as an Excel file (the page's 导出 Excel link). */
    @GetMapping("/ledger/export.xlsx")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    void export(Actor actor, @RequestParam(required = false) LedgerState state,
                @RequestParam(required = false) LedgerCategory category,
                @RequestParam(required = false) Boolean overdue,
                @RequestParam(required = false) String department, @RequestParam(required = false) Boolean open,
                HttpServletResponse response) throws IOException {
        exports.write(actor, export.sheet(actor, state, Boolean.TRUE.equals(overdue), Boolean.TRUE.equals(open),
                department, category), response);
    }
}
