package org.fingertip.web.page.inbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.task.DueState;
import org.fingertip.registry.task.WorkCounts;
import org.fingertip.registry.task.WorkView;
import org.fingertip.web.app.Paging;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.security.Allowed;
import org.fingertip.web.task.InboxParams;
import org.fingertip.workflow.task.CaseProcess;
import org.fingertip.workflow.task.Inbox;
import org.fingertip.workflow.task.InboxFilter;
import org.fingertip.workflow.task.TaskActions;
import org.fingertip.workflow.task.TaskPage;
import org.fingertip.workflow.task.TaskType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox page: 待办 (open work, due first), 已办 (work done, with its outcome) and 抄送 (work copied for
 * information), each filtered by process, task type, app, department and due state, with the count of each view;
 * claiming from the list. A wrong filter is named beside its field.
 */
@Controller
class InboxController {
    static final int PAGE_SIZE = 20;

    private final Inbox inbox;
    private final TaskActions actions;

    InboxController(Inbox inbox, TaskActions actions) {
        this.inbox = inbox;
        this.actions = actions;
    }

    @GetMapping("/inbox")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    ModelAndView inbox(Actor actor, @RequestParam(required = false) String view,
                       @RequestParam(required = false) String process, @RequestParam(required = false) String type,
                       @RequestParam(required = false) String app, @RequestParam(required = false) String department,
                       @RequestParam(required = false) String due, @RequestParam(required = false) Integer page) {
        List<FieldError> problems = new ArrayList<>();
        Long appId = appId(app, problems);
        WorkView v = InboxParams.view(view, problems);
        InboxFilter filter = InboxParams.filter(process, type, appId, department, due, problems);
        ModelAndView mav = new ModelAndView("inbox/inbox");
        FieldMessages errors = new FieldMessages();
        TaskPage tasks = null;
        WorkCounts counts = null;
        if (problems.isEmpty()) {
            try {
                Paging paging = Paging.of(page, PAGE_SIZE);
                tasks = inbox.page(actor, v, filter, paging.page(), paging.size());
                counts = inbox.counts(actor, filter);
            } catch (InvalidInputException e) {
                problems.addAll(e.errors());
            }
        }
        if (!problems.isEmpty()) {
            errors.addAll(problems, f -> f);
            mav.setStatus(HttpStatus.BAD_REQUEST);
        }
        mav.addObject("view", v == null ? WorkView.TODO : v);
        mav.addObject("tasks", tasks);
        mav.addObject("counts", counts);
        mav.addObject("pages", tasks == null ? 1 : Math.max(1, (tasks.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        mav.addObject("errors", errors);
        mav.addObject("process", process);
        mav.addObject("type", type);
        mav.addObject("app", app);
        mav.addObject("department", department);
        mav.addObject("due", due);
        mav.addObject("processes", CaseProcess.values());
        mav.addObject("types", TaskType.values());
        mav.addObject("dueStates", DueState.values());
        mav.addObject("views", WorkView.values());
        mav.addObject("me", actor.username());
        mav.addObject("filterQuery", query(process, type, app, department, due));
        mav.addObject("viewQuery", v == null || v == WorkView.TODO ? ""
                : "view=" + v.name().toLowerCase(Locale.ROOT) + "&");
        return mav;
    }

    /** The filters as the links of the tabs and the pager carry them: only those given, each ending in '&'. */
    private static String query(String... nameValues) {
        String[] names = {"process", "type", "app", "department", "due"};
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            String v = nameValues[i];
            if (v != null && !v.isBlank()) {
                q.append(names[i]).append('=').append(URLEncoder.encode(v.strip(), StandardCharsets.UTF_8))
                        .append('&');
            }
        }
        return q.toString();
    }

    @PostMapping("/inbox/{taskId}/claim")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    String claim(Actor actor, @PathVariable String taskId, RedirectAttributes redirect) {
        actions.claim(actor, taskId);
        redirect.addFlashAttribute("notice", "notice.claimed");
        return "redirect:/inbox";
    }

    private static Long appId(String app, List<FieldError> problems) {
        if (app == null || app.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(app.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldError("app", "应用编号应为正整数"));
            return null;
        }
    }
}
