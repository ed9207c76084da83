package org.fingertip.web.ledger;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerPage;
import org.fingertip.registry.ledger.LedgerService;
import org.fingertip.registry.ledger.LedgerState;
import org.fingertip.web.export.Column;
import org.fingertip.web.export.ExportSheet;
import org.fingertip.web.export.Filters;
import org.fingertip.web.export.XlsxExports;
import org.fingertip.web.export.XlsxResponse;
import org.fingertip.web.security.Allowed;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rectification ledger as an Excel file (整改台账): the filters and the rule of {@code GET /api/ledger}. */
@RestController
public class LedgerExport {
    private static final List<Column<LedgerPage.Row>> COLUMNS = List.of(
            Column.number("台账编号", 10, LedgerPage.Row::id),
            Column.number("应用编号", 10, LedgerPage.Row::appId),
            Column.text("应用名称", 30, LedgerPage.Row::appName),
            Column.text("主办单位编码", 14, LedgerPage.Row::ownerUnitCode),
            Column.text("主办单位", 30, LedgerPage.Row::ownerUnitName),
            Column.text("问题类别", 16, LedgerPage.Row::category),
            Column.text("问题描述", 50, LedgerPage.Row::finding),
            Column.text("来源", 12, LedgerPage.Row::source),
            Column.text("状态", 12, LedgerPage.Row::state),
            Column.dateTime("整改期限", LedgerPage.Row::deadline),
            Column.text("已延期", 8, LedgerPage.Row::extended),
            Column.dateTime("挂账时间", LedgerPage.Row::openedAt),
            Column.dateTime("状态变更时间", LedgerPage.Row::stateSince));

    private final LedgerService ledger;
    private final XlsxExports exports;

    LedgerExport(LedgerService ledger, XlsxExports exports) {
        this.ledger = ledger;
        this.exports = exports;
    }

    @GetMapping("/api/ledger/export.xlsx")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    @XlsxResponse
    @Operation(summary = "导出整改台账（Excel）", description = "与 GET /api/ledger 相同的筛选条件（state、overdue、open、"
            + "department、category）和可见范围，导出全部结果（不分页）。")
    void export(Actor actor, @RequestParam(required = false) LedgerState state,
                @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String department,
                @RequestParam(required = false) LedgerCategory category, @RequestParam(required = false) Boolean open,
                HttpServletResponse response) throws IOException {
        exports.write(actor, sheet(actor, state, Boolean.TRUE.equals(overdue), Boolean.TRUE.equals(open), department,
                category), response);
    }

    /** The export of the ledger with these filters (null for none), for the API and the /ledger page. */
    public ExportSheet<LedgerPage.Row> sheet(Actor actor, LedgerState state, boolean overdue, boolean open,
                                             String department, LedgerCategory category) {
        LedgerApiController.checkDepartment(department);
        Filters filters = Filters.of().and("状态", state).and("仅逾期", overdue).and("仅未办结", open)
                .and("部门", department).and("问题类别", category);
        return new ExportSheet<>("ledger", "整改台账", filters, COLUMNS, (page, size) -> {
            LedgerPage p = ledger.search(actor, state, overdue, open, department, category, page, size);
            return new ExportSheet.Page<>(p.items(), p.total());
        });
    }
}
