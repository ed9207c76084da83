package org.fingertip.web.task;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.web.export.Column;
import org.fingertip.web.export.ExportSheet;
import org.fingertip.web.export.Filters;
import org.fingertip.web.export.XlsxExports;
import org.fingertip.web.export.XlsxResponse;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.task.Inbox;
import org.fingertip.workflow.task.InboxFilter;
import org.fingertip.workflow.task.TaskPage;
import org.fingertip.workflow.task.TaskView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The overdue work of the jurisdiction as an Excel file (逾期任务台账): the filters and rule of GET /api/tasks/overdue. */
@RestController
public class OverdueTaskExport {
    private static final List<Column<TaskView>> COLUMNS = List.of(
            Column.dateTime("办理期限", TaskView::due),
            Column.text("任务", 24, TaskView::name),
            Column.text("业务", 12, t -> t.process() == null ? null : t.process().label()),
            Column.number("应用编号", 10, TaskView::appId),
            Column.text("应用名称", 30, TaskView::appName),
            Column.text("主办单位编码", 16, TaskView::unitCode),
            Column.text("所属", 22, TaskView::group),
            Column.text("办理人", 18, TaskView::assignee),
            Column.dateTime("开始时间", TaskView::created));

    private final Inbox inbox;
    private final XlsxExports exports;

    OverdueTaskExport(Inbox inbox, XlsxExports exports) {
        this.inbox = inbox;
        this.exports = exports;
    }

    @GetMapping("/api/tasks/overdue/export.xlsx")
    @Allowed({Role.REVIEWER, Role.SUPERVISOR})
    @XlsxResponse
    @Operation(summary = "导出逾期任务（Excel）", description = "与 GET /api/tasks/overdue 相同的筛选条件（process、type、"
            + "department）和可见范围，导出全部结果（不分页）。")
    void export(Actor actor, @RequestParam(required = false) String process,
                @RequestParam(required = false) String type, @RequestParam(required = false) String department,
                HttpServletResponse response) throws IOException {
        exports.write(actor, sheet(actor, InboxParams.check(null, process, type, null, department, null).filter()),
                response);
    }

    /** The export of the overdue work with this filter, for the API and the /tasks/overdue page. */
    public ExportSheet<TaskView> sheet(Actor actor, InboxFilter filter) {
        Filters filters = Filters.of().and("业务", filter.process()).and("任务类型", filter.type())
                .and("部门", filter.department());
        return new ExportSheet<>("tasks-overdue", "逾期任务台账", filters, COLUMNS, (page, size) -> {
            TaskPage p = inbox.overdue(actor, filter, page, size);
            return new ExportSheet.Page<>(p.items(), p.total());
        });
    }
}
