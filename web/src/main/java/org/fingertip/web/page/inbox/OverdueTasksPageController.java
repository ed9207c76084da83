package org.fingertip.web.page.inbox;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.web.app.Paging;
import org.fingertip.web.export.XlsxExports;
import org.fingertip.web.security.Allowed;
import org.fingertip.web.task.InboxParams;
import org.fingertip.web.task.OverdueTaskExport;
import org.fingertip.workflow.task.CaseProcess;
import org.fingertip.workflow.task.Inbox;
import org.fingertip.workflow.task.TaskPage;
import org.fingertip.workflow.task.TaskType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The overdue work of the jurisdiction (辖区逾期任务), whoever holds it: the page of GET /api/tasks/overdue. */
@Controller
class OverdueTasksPageController {
    static final int PAGE_SIZE = 20;

    private final Inbox inbox;
    private final OverdueTaskExport export;
    private final XlsxExports exports;

    OverdueTasksPageController(Inbox inbox, OverdueTaskExport export, XlsxExports exports) {
        this.inbox = inbox;
        this.export = export;
        this.exports = exports;
    }

    @GetMapping("/tasks/overdue")
    @Allowed({Role.REVIEWER, Role.SUPERVISOR})
    String overdue(Actor actor, @RequestParam(required = false) String process,
                   @RequestParam(required = false) String type, @RequestParam(required = false) String department,
                   @RequestParam(required = false) Integer page, Model model) {
        InboxParams.Checked q = InboxParams.check(null, process, type, null, department, null);
        Paging paging = Paging.of(page, PAGE_SIZE);
        TaskPage result = inbox.overdue(actor, q.filter(), paging.page(), paging.size());
        model.addAttribute("result", result);
        model.addAttribute("process", q.filter().process());
        model.addAttribute("type", q.filter().type());
        model.addAttribute("department", q.filter().department());
        model.addAttribute("processes", CaseProcess.values());
        model.addAttribute("types", TaskType.values());
        model.addAttribute("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return "inbox/overdue";
    }

    /** The overdue work with the page's filters as an Excel file (the page's 导出 Excel link). */
    @GetMapping("/tasks/overdue/export.xlsx")
    @Allowed({Role.REVIEWER, Role.SUPERVISOR})
    void export(Actor actor, @RequestParam(required = false) String process,
                @RequestParam(required = false) String type, @RequestParam(required = false) String department,
                HttpServletResponse response) throws IOException {
        exports.write(actor, export.sheet(actor, InboxParams.check(null, process, type, null, department, null)
                .filter()), response);
    }
}
