package org.fingertip.web.app;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppPage;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.AppSummary;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.web.export.Column;
import org.fingertip.web.export.ExportSheet;
import org.fingertip.web.export.Filters;
import org.fingertip.web.export.XlsxExports;
import org.fingertip.web.export.XlsxResponse;
import org.fingertip.web.security.Allowed;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The registry search as an Excel file (应用台账): the filters and the rule of {@code GET /api/apps}. */
@RestController
public class AppExport {
    private static final List<Column<AppSummary>> COLUMNS = List.of(
            Column.number("应用编号", 10, AppSummary::id),
            Column.text("应用名称", 32, AppSummary::name),
            Column.text("类型", 14, AppSummary::kind),
            Column.text("服务对象", 14, AppSummary::audience),
            Column.text("状态", 12, AppSummary::status),
            Column.text("备案编号", 24, AppSummary::filingNumber),
            Column.text("主办单位编码", 14, AppSummary::ownerUnitCode),
            Column.text("主办单位", 32, AppSummary::ownerUnitName),
            Column.text("主办单位层级", 12, AppSummary::level),
            Column.dateTime("状态变更时间", AppSummary::statusSince));

    private final FilingService filingService;
    private final XlsxExports exports;

    AppExport(FilingService filingService, XlsxExports exports) {
        this.filingService = filingService;
        this.exports = exports;
    }

    @GetMapping("/api/apps/export.xlsx")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.OBSERVER, Role.ADMIN})
    @XlsxResponse
    @Operation(summary = "导出应用台账（Excel）", description = "与 GET /api/apps 相同的筛选条件（status、kind、level、department、q）"
            + "和可见范围，导出全部结果（不分页）。")
    void export(Actor actor, @RequestParam(required = false) AppStatus status,
                @RequestParam(required = false) AppKind kind, @RequestParam(required = false) DivisionLevel level,
                @RequestParam(required = false) String department, @RequestParam(required = false) String q,
                HttpServletResponse response) throws IOException {
        exports.write(actor, sheet(actor, status, kind, level, department, q), response);
    }

    /** The export of the search with these filters (null for none), for the API and the /apps page. */
    public ExportSheet<AppSummary> sheet(Actor actor, AppStatus status, AppKind kind, DivisionLevel level,
                                         String department, String q) {
        Filters filters = Filters.of().and("状态", status).and("类型", kind).and("层级", level).and("部门", department)
                .and("关键词", q);
        return new ExportSheet<>("apps", "应用台账", filters, COLUMNS, (page, size) -> {
            AppPage p = filingService.search(actor, status, kind, level, department, q, page, size);
            return new ExportSheet.Page<>(p.items(), p.total());
        });
    }
}
