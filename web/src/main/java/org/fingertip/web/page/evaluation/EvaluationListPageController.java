package org.fingertip.web.page.evaluation;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.evaluation.EvaluationPage;
import org.fingertip.registry.evaluation.EvaluationService;
import org.fingertip.web.app.Paging;
import org.fingertip.web.evaluation.EvaluationExport;
import org.fingertip.web.evaluation.EvaluationMonths;
import org.fingertip.web.export.XlsxExports;
import org.fingertip.web.security.Allowed;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The evaluations and burden reports of the jurisdiction (评价与负担反映): the page of GET /api/evaluations. */
@Controller
class EvaluationListPageController {
    static final int PAGE_SIZE = 20;

    private final EvaluationService evaluations;
    private final EvaluationExport export;
    private final XlsxExports exports;

    EvaluationListPageController(EvaluationService evaluations, EvaluationExport export, XlsxExports exports) {
        this.evaluations = evaluations;
        this.export = export;
        this.exports = exports;
    }

    @GetMapping("/evaluations")
    @Allowed({Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    @Transactional(readOnly = true)
    String list(Actor actor, @RequestParam(required = false) String department,
                @RequestParam(required = false) BurdenCategory category, @RequestParam(required = false) String month,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) Integer page, Model model) {
        Paging paging = Paging.of(page, PAGE_SIZE);
        EvaluationMonths months = EvaluationMonths.of(month, from, to);
        String dept = department == null || department.isBlank() ? null : department.strip();
        EvaluationPage result = evaluations.search(actor, dept, category, months.from(), months.to(),
                paging.page(), paging.size());
        model.addAttribute("result", result);
        model.addAttribute("department", dept);
        model.addAttribute("category", category);
        model.addAttribute("month", months.single());
        model.addAttribute("from", months.single() == null ? months.from() : null);
        model.addAttribute("to", months.single() == null ? months.to() : null);
        model.addAttribute("categories", BurdenCategory.values());
        model.addAttribute("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return "evaluation/list";
    }

    /** The evaluations with the page's filters as an Excel file (the page's 导出 Excel link). */
    @GetMapping("/evaluations/export.xlsx")
    @Allowed({Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    void export(Actor actor, @RequestParam(required = false) String department,
                @RequestParam(required = false) BurdenCategory category, @RequestParam(required = false) String month,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                HttpServletResponse response) throws IOException {
        exports.write(actor, export.sheet(actor, department, category, EvaluationMonths.of(month, from, to)),
                response);
    }
}
