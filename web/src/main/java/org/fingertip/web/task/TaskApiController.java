package org.fingertip.web.task;

import java.util.ArrayList;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.Gap;
import org.fingertip.registry.change.ChangeReview;
import org.fingertip.registry.filing.Decision;
import org.fingertip.registry.filing.Review;
import org.fingertip.registry.form.FormSection;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.web.app.Paging;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.change.ChangeWorkflow;
import org.fingertip.workflow.filing.FilingWorkflow;
import org.fingertip.registry.task.Reminder;
import org.fingertip.registry.task.WorkCounts;
import org.fingertip.registry.task.WorkItem;
import org.fingertip.workflow.task.CaseHistory;
import org.fingertip.workflow.task.Inbox;
import org.fingertip.workflow.task.TaskActions;
import org.fingertip.workflow.task.TaskPage;
import org.fingertip.workflow.task.TaskView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's inbox (待办, 已办, 抄送) with its filters and counts; working a task of any process (claim, unclaim,
 * transfer, delegate, resolve, urge) and its history; completing review tasks: a filing's review, or a change
 * filing's (the task's type says which process decides it; the body is the same).
 */
@RestController
@RequestMapping("/api/tasks")
class TaskApiController {
    private final Inbox inbox;
    private final FilingWorkflow workflow;
    private final ChangeWorkflow changeWorkflow;
    private final TaskActions actions;
    private final CaseHistory history;

    TaskApiController(Inbox inbox, FilingWorkflow workflow, ChangeWorkflow changeWorkflow, TaskActions actions,
                      CaseHistory history) {
        this.inbox = inbox;
        this.workflow = workflow;
        this.changeWorkflow = changeWorkflow;
        this.actions = actions;
        this.history = history;
    }

    /**
     * One view of the caller's inbox: {@code view=todo} (open work it holds, owns while delegated, or may claim),
     * {@code done} (work it completed, with the outcome, newest first) or {@code cc} (work copied to it: escalations
     * within the jurisdiction it supervises, decisions to its unit); open work due first. Filters:
     * {@code process} (FILING, CHANGE, LEDGER, RECHECK, EXIT), {@code type} (a task type), {@code app},
     * {@code department} (a unit code or a division code and what lies below), {@code due} (ON_TIME, DUE_SOON,
     * OVERDUE).
     */
    @GetMapping
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    TaskPage list(Actor actor, @RequestParam(required = false) String view,
                  @RequestParam(required = false) String process, @RequestParam(required = false) String type,
                  @RequestParam(required = false) Long app, @RequestParam(required = false) String department,
                  @RequestParam(required = false) String due, @RequestParam(required = false) Integer page,
                  @RequestParam(required = false) Integer size) {
        InboxParams.Checked q = InboxParams.check(view, process, type, app, department, due);
        Paging paging = Paging.of(page, size);
        return inbox.page(actor, q.view(), q.filter(), paging.page(), paging.size());
    }

    /**
     * The open overdue tasks within the caller's jurisdiction, whoever holds them (the department is the app's owner
     * unit, a division with what lies below it), due first: filtered by {@code process}, {@code type} and
     * {@code department} as the inbox is. Never grouped or ranked by person.
     */
    @GetMapping("/overdue")
    @Allowed({Role.REVIEWER, Role.SUPERVISOR})
    TaskPage overdue(Actor actor, @RequestParam(required = false) String process,
                     @RequestParam(required = false) String type, @RequestParam(required = false) String department,
                     @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        InboxParams.Checked q = InboxParams.check(null, process, type, null, department, null);
        Paging paging = Paging.of(page, size);
        return inbox.overdue(actor, q.filter(), paging.page(), paging.size());
    }

    /** How many items each view holds under the same filters; of the open work, how many are due soon and overdue. */
    @GetMapping("/counts")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    WorkCounts counts(Actor actor, @RequestParam(required = false) String process,
                      @RequestParam(required = false) String type, @RequestParam(required = false) Long app,
                      @RequestParam(required = false) String department, @RequestParam(required = false) String due) {
        return inbox.counts(actor, InboxParams.check(null, process, type, app, department, due).filter());
    }

    /** One task (open or ended) the caller may see, with the full history of its case. */
    @GetMapping("/{id}")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    TaskDetail task(Actor actor, @PathVariable String id) {
        WorkItem item = actions.visible(actor, id);
        return new TaskDetail(inbox.view(item), item.appId() == null ? List.of() : history.of(actor, item.appId()));
    }

    @PostMapping("/{id}/claim")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    TaskView claim(Actor actor, @PathVariable String id) {
        return inbox.view(actions.claim(actor, id));
    }

    @PostMapping("/{id}/unclaim")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    TaskView unclaim(Actor actor, @PathVariable String id) {
        return inbox.view(actions.unclaim(actor, id));
    }

    /** 转办: hands the task for good to another user of its group (the same role and jurisdiction). */
    @PostMapping("/{id}/transfer")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    TaskView transfer(Actor actor, @PathVariable String id, @RequestBody HandOverRequest body) {
        return inbox.view(actions.transfer(actor, id, body.to()));
    }

    /** 委派: lends the task to another user of its group, who resolves it back. */
    @PostMapping("/{id}/delegate")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    TaskView delegate(Actor actor, @PathVariable String id, @RequestBody HandOverRequest body) {
        return inbox.view(actions.delegate(actor, id, body.to()));
    }

    /** The delegate gives the task back to its owner, who decides. */
    @PostMapping("/{id}/resolve")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    TaskView resolve(Actor actor, @PathVariable String id) {
        return inbox.view(actions.resolve(actor, id));
    }

    /** 催办: reminds whoever holds a task (at most once per task and day, the automatic reminders included). */
    @PostMapping("/{id}/urge")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    @ResponseStatus(HttpStatus.CREATED)
    Reminder urge(Actor actor, @PathVariable String id, @RequestBody(required = false) UrgeRequest body) {
        return actions.urge(actor, id, body == null ? null : body.note());
    }

    /** Completes a review task: APPROVE, RETURN with every gap at once, or REJECT with a reason. */
    @PostMapping("/{id}/complete")
    @Allowed({Role.REVIEWER, Role.APPLICANT, Role.SUPERVISOR})
    ReviewResponse complete(Actor actor, @PathVariable String id, @RequestBody DecisionRequest body) {
        List<Gap> gaps = gaps(body.gaps());
        if (isChangeTask(id)) {
            long appId = inbox.task(id).appId();
            ChangeReview review = changeWorkflow.decide(actor, id, body.decision(), body.comment(), gaps);
            return new ReviewResponse(review.id(), appId, review.step().name(), review.decision(), review.comment(),
                    body.gaps() == null ? List.of() : body.gaps(), review.reviewer(), review.at(), review.changeId());
        }
        Review review = workflow.decide(actor, id, body.decision(), body.comment(), gaps);
        return new ReviewResponse(review.id(), review.appId(), review.step().name(), review.decision(),
                review.comment(), body.gaps() == null ? List.of() : body.gaps(), review.reviewer(), review.at(), null);
    }

    /** Whether the open task belongs to a change filing (404 for a task that does not exist, as before). */
    private boolean isChangeTask(String id) {
        return ChangeWorkflow.handles(inbox.task(id).type());
    }

    private static List<Gap> gaps(List<GapRequest> requests) {
        if (requests == null) {
            return List.of();
        }
        List<Gap> gaps = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            GapRequest g = requests.get(i);
            if (g == null) {
                errors.add(new FieldError("gaps[" + i + "]", "问题项不能为空"));
                continue;
            }
            FormSection section = g.section() == null ? null : FormSection.ofKey(g.section()).orElse(null);
            if (section == null) {
                errors.add(new FieldError("gaps[" + i + "].section", "请填写问题所在的申请表部分：owner、identity、handler、"
                        + "projectApproval、functions、operations、acceptance 或 similarApps"));
            }
            if (g.message() == null || g.message().isBlank()) {
                errors.add(new FieldError("gaps[" + i + "].message", "请写明问题及如何补正"));
            } else if (g.message().length() > 1000) {
                errors.add(new FieldError("gaps[" + i + "].message", "不能超过 1000 个字符"));
            }
            if (section != null && g.message() != null && !g.message().isBlank()) {
                gaps.add(new Gap(section, g.message().strip()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("退回问题清单有误", errors);
        }
        return gaps;
    }

    /** Whom a task is handed to: a username. */
    record HandOverRequest(String to) {
    }

    /** An optional note with an urge (at most 500 characters). */
    record UrgeRequest(String note) {
    }

    /** A task with its case's history. */
    record TaskDetail(TaskView task, List<CaseHistory.Entry> history) {
    }

    /** The body of a review decision. */
    record DecisionRequest(Decision decision, String comment, List<GapRequest> gaps) {
    }

    /** One gap: the section of the form ({@code handler}, {@code functions} …) and what to fix. */
    record GapRequest(String section, String message) {
    }

    /** The recorded decision; {@code changeId} names the change filing decided, null for a filing's review. */
    record ReviewResponse(Long id, long appId, String step, Decision decision, String comment, List<GapRequest> gaps,
                          String reviewer, java.time.Instant at, Long changeId) {
    }
}
