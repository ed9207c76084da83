package org.fingertip.workflow.filing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Gap;
import org.fingertip.registry.filing.Decision;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.registry.filing.Review;
import org.fingertip.registry.filing.ReviewStep;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.workflow.engine.CandidateGroups;
import org.fingertip.workflow.task.TaskCompletion;
import org.fingertip.workflow.task.TaskGuard;
import org.fingertip.workflow.task.TaskType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drives AppFilingProcess: submit starts it (or answers the revise step), reviewers' decisions complete its tasks,
 * withdraw ends it. Each method is one transaction: the registry's record and the engine's state commit together.
 */
@Service
@Transactional
public class FilingWorkflow implements TaskGuard {
    private final FilingService filingService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final TaskCompletion completion;

    public FilingWorkflow(FilingService filingService, RuntimeService runtimeService, TaskService taskService,
                          TaskCompletion completion) {
        this.filingService = filingService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.completion = completion;
    }

    /** Submits or resubmits; the pre-check runs at once, so the answer already says RETURNED or UNDER_REVIEW. */
    public App submit(Actor actor, long appId) {
        App app = filingService.submit(actor, appId);
        String key = String.valueOf(appId);
        Task revise = taskService.createTaskQuery().processInstanceBusinessKey(key)
                .taskDefinitionKey(TaskType.REVISE.taskDefinitionKey()).singleResult();
        if (revise != null) {
            runtimeService.setVariable(revise.getProcessInstanceId(), FilingProcessVariables.APP_NAME, app.displayName());
            taskService.setAssignee(revise.getId(), actor.username());
            completion.complete(actor, revise, Map.of(), "已补正并重新提交");
        } else {
            Map<String, Object> vars = new HashMap<>();
            vars.put(FilingProcessVariables.APP_ID, appId);
            vars.put(FilingProcessVariables.APP_NAME, app.displayName());
            vars.put(FilingProcessVariables.APPLICANT_GROUP, CandidateGroups.applicants(app.owner().code()));
            vars.put(FilingProcessVariables.NEEDS_FIRST_REVIEW, ReviewStep.firstReviewNeeded(app.owner()));
            vars.put(FilingProcessVariables.FIRST_REVIEW_GROUP,
                    CandidateGroups.reviewers(ReviewStep.FIRST_REVIEW.officeFor(app.owner())));
            vars.put(FilingProcessVariables.PROVINCIAL_GROUP,
                    CandidateGroups.reviewers(ReviewStep.PROVINCIAL_REVIEW.officeFor(app.owner())));
            runtimeService.startProcessInstanceByKey(FilingProcessVariables.PROCESS_KEY, key, vars);
        }
        return filingService.visible(actor, appId);
    }

    /** Withdraws before a decision; a running case ends at once, leaving no open task. */
    public App withdraw(Actor actor, long appId, String reason) {
        App app = filingService.withdraw(actor, appId, reason);
        runtimeService.createMessageCorrelation(FilingProcessVariables.WITHDRAW_MESSAGE)
                .processInstanceBusinessKey(String.valueOf(appId))
                .correlateAll();
        return app;
    }

    /** A review task goes only to a reviewer who may decide it (its office, not the applicant who filed). */
    @Override
    public void requireWorker(Actor who, String taskId, TaskType type) {
        if (type.reviewStep().isPresent()) {
            reviewTask(who, taskId);
        }
    }

    /** Records the reviewer's decision and moves the case on. */
    public Review decide(Actor actor, String taskId, Decision decision, String comment, List<Gap> gaps) {
        ReviewTask open = reviewTask(actor, taskId);
        Task task = open.task();
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
            throw new StateConflictException("该任务已由 " + task.getAssignee() + " 签收，不能由您办理", "CLAIMED");
        }
        long appId = open.appId();
        ReviewStep step = typeOf(task).reviewStep().orElseThrow();
        Review review = filingService.recordDecision(actor, appId, step, decision, comment, gaps);
        if (task.getAssignee() == null) {
            taskService.claim(taskId, actor.username());
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put(FilingProcessVariables.DECISION, decision.name());
        vars.put(FilingProcessVariables.REVIEW_ID, review.id());
        completion.complete(actor, task, vars, decision.label());
        return review;
    }

    /** An open review task and the app it decides on, read once. */
    private record ReviewTask(Task task, long appId) {
    }

    /** An open review task the actor may decide: 404 if unknown or not visible, 403/409 as the rules say. */
    private ReviewTask reviewTask(Actor actor, String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("未找到待办任务 " + taskId + "（可能已办结）");
        }
        TaskType type = typeOf(task);
        long appId = appIdOf(task);
        if (type.reviewStep().isEmpty()) {
            App app = filingService.visible(actor, appId);
            Object itemId = runtimeService.getVariable(task.getExecutionId(), "itemId");
            throw new StateConflictException("“" + type.label() + "”任务不能在此办理，请使用："
                    + type.completedBy().replace("{appId}", String.valueOf(appId))
                    .replace("{itemId}", String.valueOf(itemId)), app.status().name());
        }
        filingService.requireDecider(actor, appId, type.reviewStep().orElseThrow());
        return new ReviewTask(task, appId);
    }

    private static TaskType typeOf(Task task) {
        return TaskType.ofDefinitionKey(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("unknown task " + task.getTaskDefinitionKey()));
    }

    private long appIdOf(Task task) {
        Object value = runtimeService.getVariable(task.getExecutionId(), FilingProcessVariables.APP_ID);
        if (!(value instanceof Number n)) {
            throw new IllegalStateException("task " + task.getId() + " has no appId");
        }
        return n.longValue();
    }
}
