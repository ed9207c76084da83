package org.fingertip.web.page.evaluation;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.evaluation.EvaluationPage;
import org.fingertip.registry.evaluation.EvaluationService;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.web.app.Paging;
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

    EvaluationListPageController(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping("/evaluations")
    @Allowed({Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    @Transactional(readOnly = true)
    String list(Actor actor, @RequestParam(required = false) String department,
                @RequestParam(required = false) BurdenCategory category, @RequestParam(required = false) String month,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) Integer page, Model model) {
        Paging paging = Paging.of(page, PAGE_SIZE);
        List<FieldError> errors = new ArrayList<>();
        YearMonth m = month(month, "month", errors);
        YearMonth f = month(from, "from", errors);
        YearMonth t = month(to, "to", errors);
        if (m != null && (f != null || t != null)) {
            errors.add(new FieldError("month", "请只填写 month，或 from 与 to"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("月份有误", errors);
        }
        String dept = department == null || department.isBlank() ? null : department.strip();
        EvaluationPage result = evaluations.search(actor, dept, category, m != null ? m : f, m != null ? m : t,
                paging.page(), paging.size());
        model.addAttribute("result", result);
        model.addAttribute("department", dept);
        model.addAttribute("category", category);
        model.addAttribute("month", m);
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        model.addAttribute("categories", BurdenCategory.values());
        model.addAttribute("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return "evaluation/list";
    }

    private static YearMonth month(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "月份应为 yyyy-MM，例如 2026-05"));
            return null;
        }
    }
}
