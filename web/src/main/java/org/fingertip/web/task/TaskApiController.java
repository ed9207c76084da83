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
import org.fingertip.workflow.task.Inbox;
import org.fingertip.workflow.task.TaskPage;
import org.fingertip.workflow.task.TaskView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's open tasks, and claiming and completing review tasks: a filing's review, or a change filing's (the
 * task's type says which process decides it; the body is the same).
 */
@RestController
@RequestMapping("/api/tasks")
class TaskApiController {
    private final Inbox inbox;
    private final FilingWorkflow workflow;
    private final ChangeWorkflow changeWorkflow;

    TaskApiController(Inbox inbox, FilingWorkflow workflow, ChangeWorkflow changeWorkflow) {
        this.inbox = inbox;
        this.workflow = workflow;
        this.changeWorkflow = changeWorkflow;
    }

    @GetMapping
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    TaskPage list(Actor actor, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return inbox.page(actor, paging.page(), paging.size());
    }

    @PostMapping("/{id}/claim")
    @Allowed(Role.REVIEWER)
    TaskView claim(Actor actor, @PathVariable String id) {
        if (isChangeTask(id)) {
            changeWorkflow.claim(actor, id);
        } else {
            workflow.claim(actor, id);
        }
        return inbox.task(id);
    }

    @PostMapping("/{id}/unclaim")
    @Allowed(Role.REVIEWER)
    TaskView unclaim(Actor actor, @PathVariable String id) {
        if (isChangeTask(id)) {
            changeWorkflow.unclaim(actor, id);
        } else {
            workflow.unclaim(actor, id);
        }
        return inbox.task(id);
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
