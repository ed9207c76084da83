package org.fingertip.web.inventory;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.inventory.BacklogPage;
import org.fingertip.registry.inventory.InventoryService;
import org.fingertip.web.export.Column;
import org.fingertip.web.export.ExportSheet;
import org.fingertip.web.export.Filters;
import org.fingertip.web.export.XlsxExports;
import org.fingertip.web.export.XlsxResponse;
import org.fingertip.web.security.Allowed;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The backlog as an Excel file (存量未备案清单): the filter and the rule of {@code GET /api/backlog}. */
@RestController
public class BacklogExport {
    private static final List<Column<Line>> COLUMNS = List.of(
            Column.date("备案期限", l -> l.row().deadline()),
            Column.number("剩余天数", 10, l -> l.row().daysLeft(l.today())),
            Column.text("逾期", 8, l -> l.row().isOverdue(l.today())),
            Column.number("应用编号", 10, l -> l.row().appId()),
            Column.text("应用名称", 30, l -> l.row().name()),
            Column.text("类型", 14, l -> l.row().kind()),
            Column.text("主办单位编码", 14, l -> l.row().ownerUnitCode()),
            Column.text("主办单位", 30, l -> l.row().ownerUnitName()),
            Column.date("上线日期", l -> l.row().launchDate()),
            Column.dateTime("挂账并提请退出时间", l -> l.row().exitProposedAt()),
            Column.number("台账编号", 10, l -> l.row().ledgerItemId()));

    private final InventoryService inventory;
    private final XlsxExports exports;

    BacklogExport(InventoryService inventory, XlsxExports exports) {
        this.inventory = inventory;
        this.exports = exports;
    }

    @GetMapping("/api/backlog/export.xlsx")
    @Allowed({Role.SUPERVISOR, Role.ADMIN})
    @XlsxResponse
    @Operation(summary = "导出存量未备案清单（Excel）", description = "与 GET /api/backlog 相同的筛选条件（department）和可见范围，"
            + "按备案期限由近到远导出全部结果（不分页）；剩余天数与是否逾期以导出当日计。")
    void export(Actor actor, @RequestParam(required = false) String department, HttpServletResponse response)
            throws IOException {
        exports.write(actor, sheet(actor, department), response);
    }

    /** The export of the backlog, of the whole jurisdiction or of one division or unit, for the API and /backlog. */
    public ExportSheet<Line> sheet(Actor actor, String department) {
        return new ExportSheet<>("backlog", "存量未备案清单", Filters.of().and("部门", department), COLUMNS,
                (page, size) -> {
                    BacklogPage p = inventory.backlog(actor, department, page, size);
                    return new ExportSheet.Page<>(p.items().stream().map(r -> new Line(r, p.today())).toList(),
                            p.total());
                });
    }

    /** A row of the backlog with the day its days are counted from. */
    public record Line(BacklogPage.Row row, LocalDate today) {
    }
}
