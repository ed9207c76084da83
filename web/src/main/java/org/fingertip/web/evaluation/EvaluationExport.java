package org.fingertip.web.evaluation;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.evaluation.EvaluationPage;
import org.fingertip.registry.evaluation.EvaluationService;
import org.fingertip.web.export.Column;
import org.fingertip.web.export.ExportSheet;
import org.fingertip.web.export.Filters;
import org.fingertip.web.export.XlsxExports;
import org.fingertip.web.export.XlsxResponse;
import org.fingertip.web.security.Allowed;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evaluations and burden reports of the jurisdiction as an Excel file (评价与负担反映台账): the filters and rule of
 * GET /api/evaluations; the reporter is never shown.
 */
@RestController
public class EvaluationExport {
    private static final List<Column<EvaluationPage.Row>> COLUMNS = List.of(
            Column.dateTime("评价时间", EvaluationPage.Row::at),
            Column.number("应用编号", 10, EvaluationPage.Row::appId),
            Column.text("应用名称", 30, EvaluationPage.Row::appName),
            Column.text("主办单位编码", 16, EvaluationPage.Row::ownerUnitCode),
            Column.text("主办单位", 30, EvaluationPage.Row::ownerUnitName),
            Column.number("评分", 8, EvaluationPage.Row::rating),
            Column.text("反映的负担", 36, r -> r.burdens().stream().sorted().map(BurdenCategory::label)
                    .collect(Collectors.joining("、"))),
            Column.text("意见", 50, EvaluationPage.Row::comment));

    private final EvaluationService evaluations;
    private final XlsxExports exports;

    EvaluationExport(EvaluationService evaluations, XlsxExports exports) {
        this.evaluations = evaluations;
        this.exports = exports;
    }

    @GetMapping("/api/evaluations/export.xlsx")
    @Allowed({Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    @XlsxResponse
    @Operation(summary = "导出评价与负担反映（Excel）", description = "与 GET /api/evaluations 相同的筛选条件（department、"
            + "category、month 或 from/to）和可见范围，导出全部结果（不分页）。")
    void export(Actor actor, @RequestParam(required = false) String department,
                @RequestParam(required = false) BurdenCategory category, @RequestParam(required = false) String month,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                HttpServletResponse response) throws IOException {
        exports.write(actor, sheet(actor, department, category, EvaluationMonths.of(month, from, to)), response);
    }

    /** The export of the evaluations with these filters (null for none), for the API and the /evaluations page. */
    public ExportSheet<EvaluationPage.Row> sheet(Actor actor, String department, BurdenCategory category,
                                                 EvaluationMonths months) {
        String dept = department == null || department.isBlank() ? null : department.strip();
        Filters filters = Filters.of().and("部门", dept).and("负担类别", category).and("月份自", months.from())
                .and("月份至", months.to());
        return new ExportSheet<>("evaluations", "评价与负担反映台账", filters, COLUMNS, (page, size) -> {
            EvaluationPage p = evaluations.search(actor, dept, category, months.from(), months.to(), page, size);
            return new ExportSheet.Page<>(p.items(), p.total());
        });
    }
}
