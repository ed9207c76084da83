package org.fingertip.web.page.app;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.AppFilters;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppPage;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Clearance;
import org.fingertip.registry.app.Pending;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.web.app.AppExport;
import org.fingertip.web.app.Paging;
import org.fingertip.web.export.XlsxExports;
import org.fingertip.web.security.Allowed;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of apps the user may see: its unit's for an applicant, its jurisdiction's for the others. */
@Controller
class AppListController {
    static final int PAGE_SIZE = 20;

    private final FilingService filingService;
    private final AppExport export;
    private final XlsxExports exports;

    AppListController(FilingService filingService, AppExport export, XlsxExports exports) {
        this.filingService = filingService;
        this.export = export;
        this.exports = exports;
    }

    /** The list with every filter of GET /api/apps, so that a dashboard figure's page shows the same rows. */
    @GetMapping("/apps")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.OBSERVER, Role.ADMIN})
    @Transactional(readOnly = true)
    String list(Actor actor, @RequestParam(required = false) AppStatus status,
                @RequestParam(required = false) AppKind kind, @RequestParam(required = false) DivisionLevel level,
                @RequestParam(required = false) String department, @RequestParam(required = false) String q,
                @RequestParam(required = false) Pending pending,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submittedFrom,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submittedTo,
                @RequestParam(required = false) Clearance clearance,
                @RequestParam(required = false) Integer page, Model model) {
        Paging paging = Paging.of(page, PAGE_SIZE);
        String keyword = q == null || q.isBlank() ? null : q.strip();
        String dept = department == null || department.isBlank() ? null : department.strip();
        AppPage result = filingService.search(actor, new AppFilters(status, kind, level, dept, keyword, pending,
                submittedFrom, submittedTo, clearance), paging.page(), paging.size());
        model.addAttribute("result", result);
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("level", level);
        model.addAttribute("department", dept);
        model.addAttribute("q", keyword);
        model.addAttribute("pending", pending);
        model.addAttribute("submittedFrom", submittedFrom);
        model.addAttribute("submittedTo", submittedTo);
        model.addAttribute("clearance", clearance);
        model.addAttribute("statuses", AppStatus.values());
        model.addAttribute("kinds", AppKind.values());
        model.addAttribute("levels", DivisionLevel.values());
        model.addAttribute("pendings", Pending.values());
        model.addAttribute("clearances", Clearance.values());
        model.addAttribute("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("canCreate", actor.has(Role.APPLICANT));
        return "app/list";
    }

    /** The list with the page's filters as an Excel file (the page's 导出 Excel link). */
    @GetMapping("/apps/export.xlsx")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.OBSERVER, Role.ADMIN})
    void export(Actor actor, @RequestParam(required = false) AppStatus status,
                @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        exports.write(actor, export.sheet(actor, status, null, null, null, q), response);
    }
}
