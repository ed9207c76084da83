package org.fingertip.web.page.inbox;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.web.app.Paging;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.filing.FilingWorkflow;
import org.fingertip.workflow.task.Inbox;
import org.fingertip.workflow.task.TaskPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's open tasks, due first: review tasks for a reviewer, revisions for an applicant. */
@Controller
class InboxController {
    static final int PAGE_SIZE = 20;

    private final Inbox inbox;
    private final FilingWorkflow workflow;

    InboxController(Inbox inbox, FilingWorkflow workflow) {
        this.inbox = inbox;
        this.workflow = workflow;
    }

    @GetMapping("/inbox")
    @Allowed({Role.APPLICANT, Role.REVIEWER})
    String inbox(Actor actor, @RequestParam(required = false) Integer page, Model model) {
        Paging paging = Paging.of(page, PAGE_SIZE);
        TaskPage tasks = inbox.page(actor, paging.page(), paging.size());
        model.addAttribute("tasks", tasks);
        model.addAttribute("pages", Math.max(1, (tasks.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("reviewer", actor.has(Role.REVIEWER));
        model.addAttribute("me", actor.username());
        return "inbox/inbox";
    }

    @PostMapping("/inbox/{taskId}/claim")
    @Allowed(Role.REVIEWER)
    String claim(Actor actor, @PathVariable String taskId, RedirectAttributes redirect) {
        workflow.claim(actor, taskId);
        redirect.addFlashAttribute("notice", "notice.claimed");
        return "redirect:/inbox";
    }
}
