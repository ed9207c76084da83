package org.fingertip.web.exit;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.exit.ExitPage;
import org.fingertip.registry.exit.ExitService;
import org.fingertip.registry.exit.ExitState;
import org.fingertip.web.export.Column;
import org.fingertip.web.export.ExportSheet;
import org.fingertip.web.export.Filters;
import org.fingertip.web.export.XlsxExports;
import org.fingertip.web.export.XlsxResponse;
import org.fingertip.web.security.Allowed;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The exits of the jurisdiction as an Excel file (清理退出台账): the filters and the rule of {@code GET /api/exits}. */
@RestController
public class ExitExport {
    private final ExitService exits;
    private final XlsxExports exports;

    ExitExport(ExitService exits, XlsxExports exports) {
        this.exits = exits;
        this.exports = exports;
    }

    @GetMapping("/api/exits/export.xlsx")
    @Allowed({Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    @XlsxResponse
    @Operation(summary = "导出清理退出台账（Excel）", description = "与 GET /api/exits 相同的筛选条件（state、department、"
            + "overdue、open）和可见范围，导出全部结果（不分页）。")
    void export(Actor actor, @RequestParam(required = false) ExitState state,
                @RequestParam(required = false) String department, @RequestParam(required = false) Boolean overdue,
                @RequestParam(required = false) Boolean open, HttpServletResponse response) throws IOException {
        exports.write(actor, sheet(actor, state, department, Boolean.TRUE.equals(overdue), Boolean.TRUE.equals(open)),
                response);
    }

    /** The export of the exits with these filters (null for none), for the API and the /exits page. */
    public ExportSheet<ExitPage.Row> sheet(Actor actor, ExitState state, String department, boolean overdue,
                                           boolean open) {
        String dept = ExitListController.department(department);
        LocalDate today = exits.today();
        List<Column<ExitPage.Row>> columns = List.of(
                Column.number("退出编号", 10, ExitPage.Row::id),
                Column.number("应用编号", 10, ExitPage.Row::appId),
                Column.text("应用名称", 30, ExitPage.Row::appName),
                Column.text("备案编号", 24, ExitPage.Row::filingNumber),
                Column.text("主办单位编码", 14, ExitPage.Row::ownerUnitCode),
                Column.text("主办单位", 30, ExitPage.Row::ownerUnitName),
                Column.text("发起方式", 14, ExitPage.Row::trigger),
                Column.text("状态", 14, ExitPage.Row::state),
                Column.text("退出原因", 14, ExitPage.Row::reason),
                Column.text("整合至平台", 10, ExitPage.Row::toPlatform),
                Column.text("替代应用或平台", 24, ExitPage.Row::replacement),
                Column.date("计划下线日期", ExitPage.Row::offlineDate),
                Column.date("关停期限", ExitPage.Row::effectiveDeadline),
                Column.text("逾期", 8, r -> r.overdueOn(today)),
                Column.dateTime("公告发布时间", ExitPage.Row::noticePublishedAt),
                Column.dateTime("启动时间", ExitPage.Row::startedAt),
                Column.dateTime("退出完成时间", ExitPage.Row::exitedAt));
        Filters filters = Filters.of().and("状态", state).and("部门", dept).and("仅逾期", overdue)
                .and("仅进行中", open);
        return new ExportSheet<>("exits", "清理退出台账", filters, columns, (page, size) -> {
            ExitPage p = exits.search(actor, state, dept, overdue, open, page, size);
            return new ExportSheet.Page<>(p.items(), p.total());
        });
    }
}
