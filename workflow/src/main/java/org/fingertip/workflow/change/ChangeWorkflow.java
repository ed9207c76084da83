package org.fingertip.workflow.change;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.Gap;
import org.fingertip.registry.change.ChangeFiling;
import org.fingertip.registry.change.ChangeReview;
import org.fingertip.registry.change.ChangeService;
import org.fingertip.registry.filing.Decision;
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
 * Drives AppChangeProcess: filing a change starts it (the pre-check runs at once), revising answers its revise step,
 * reviewers' decisions complete its review tasks, withdrawing ends it. Each method is one transaction: the change's
 * record and the engine's state commit together. The process's business key is the app's id, so that the case page
 * and the inbox show its tasks with the app's other work.
 */
@Service
@Transactional
public class ChangeWorkflow implements TaskGuard {
    private static final Map<TaskType, ReviewStep> REVIEWS = new EnumMap<>(Map.of(
            TaskType.CHANGE_FIRST_REVIEW, ReviewStep.FIRST_REVIEW,
            TaskType.CHANGE_PROVINCIAL_REVIEW, ReviewStep.PROVINCIAL_REVIEW));

    private final ChangeService changes;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final TaskCompletion completion;

    public ChangeWorkflow(ChangeService changes, RuntimeService runtimeService, TaskService taskService,
                          TaskCompletion completion) {
        this.changes = changes;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.completion = completion;
    }

    /** Whether a task is one of the change process's (decided here, or revised through the change). */
    public static boolean handles(TaskType type) {
        return type != null && (REVIEWS.containsKey(type) || type == TaskType.CHANGE_REVISE);
    }

    /** The review step a change task decides, if it is a review. */
    public static Optional<ReviewStep> reviewStep(TaskType type) {
        return Optional.ofNullable(type == null ? null : REVIEWS.get(type));
    }

    /** Files a change and starts its process; the answer already says UNDER_REVIEW or (pre-check) RETURNED. */
    public ChangeFiling file(Actor actor, long appId, ChangeService.Proposal proposal) {
        ChangeFiling change = changes.file(actor, appId, proposal);
        Map<String, Object> vars = new HashMap<>();
        vars.put(ChangeProcessVariables.CHANGE_ID, change.id());
        vars.put(ChangeProcessVariables.APP_ID, change.appId());
        vars.put(ChangeProcessVariables.APP_NAME, change.appName());
        vars.put(ChangeProcessVariables.APPLICANT_GROUP, CandidateGroups.applicants(change.owner().code()));
        vars.put(ChangeProcessVariables.NEEDS_FIRST_REVIEW, ReviewStep.firstReviewNeeded(change.owner()));
        vars.put(ChangeProcessVariables.FIRST_REVIEW_GROUP,
                CandidateGroups.reviewers(ChangeService.officeOf(change, ReviewStep.FIRST_REVIEW)));
        vars.put(ChangeProcessVariables.PROVINCIAL_GROUP,
                CandidateGroups.reviewers(ChangeService.officeOf(change, ReviewStep.PROVINCIAL_REVIEW)));
        runtimeService.startProcessInstanceByKey(ChangeProcessVariables.PROCESS_KEY, String.valueOf(appId), vars);
        return changes.visible(actor, change.id());
    }

    /** Revises a returned change and resubmits it: the pre-check and the reviews start again. */
    public ChangeFiling revise(Actor actor, long changeId, ChangeService.Proposal proposal) {
        changes.revise(actor, changeId, proposal);
        Task revise = openTask(changeId, TaskType.CHANGE_REVISE)
                .orElseThrow(() -> new IllegalStateException("change " + changeId + " is RETURNED without a revise task"));
        taskService.setAssignee(revise.getId(), actor.username());
        completion.complete(actor, revise, Map.of(), "已修改并重新提交");
        return changes.visible(actor, changeId);
    }

    /** The owner withdraws an open change; its process ends at once, leaving no task. */
    public ChangeFiling withdraw(Actor actor, long changeId, String reason) {
        ChangeFiling change = changes.withdraw(actor, changeId, reason);
        ended(changeId);
        return change;
    }

    /** Ends the process of a change that was decided outside it (withdrawn, or ended by a revocation). */
    public void ended(long changeId) {
        runtimeService.createMessageCorrelation(ChangeProcessVariables.ENDED_MESSAGE)
                .processInstanceVariableEquals(ChangeProcessVariables.CHANGE_ID, changeId)
                .correlateAll();
    }

    /** A change's review task goes only to a reviewer who may decide it. */
    @Override
    public void requireWorker(Actor who, String taskId, TaskType type) {
        if (reviewStep(type).isPresent()) {
            reviewTask(who, taskId);
        }
    }

    /** Records the reviewer's decision on the change and moves the process on. */
    public ChangeReview decide(Actor actor, String taskId, Decision decision, String comment, List<Gap> gaps) {
        Task task = reviewTask(actor, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
            throw new StateConflictException("该任务已由 " + task.getAssignee() + " 签收，不能由您办理", "CLAIMED");
        }
        long changeId = changeIdOf(task);
        ReviewStep step = reviewStep(typeOf(task)).orElseThrow();
        ChangeReview review = changes.recordDecision(actor, changeId, step, decision, comment, gaps);
        if (task.getAssignee() == null) {
            taskService.claim(taskId, actor.username());
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put(ChangeProcessVariables.DECISION, decision.name());
        vars.put(ChangeProcessVariables.REVIEW_ID, review.id());
        completion.complete(actor, task, vars, decision.label());
        return review;
    }

    /** The open task of this type of the change's process, if any. */
    public Optional<Task> openTask(long changeId, TaskType type) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ChangeProcessVariables.PROCESS_KEY)
                .variableValueEquals(ChangeProcessVariables.CHANGE_ID, changeId).singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(type.taskDefinitionKey()).singleResult());
    }

    /** The change a task of this process belongs to. */
    public long changeIdOf(Task task) {
        Object value = runtimeService.getVariable(task.getExecutionId(), ChangeProcessVariables.CHANGE_ID);
        if (!(value instanceof Number n)) {
            throw new IllegalStateException("task " + task.getId() + " has no changeId");
        }
        return n.longValue();
    }

    /** An open change review task the actor may decide: 404 if unknown or not visible, 403/409 as the rules say. */
    private Task reviewTask(Actor actor, String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("未找到待办任务 " + taskId + "（可能已办结）");
        }
        TaskType type = typeOf(task);
        if (!handles(type)) {
            throw new IllegalStateException("task " + taskId + " is not a change task: " + type);
        }
        long changeId = changeIdOf(task);
        Optional<ReviewStep> step = reviewStep(type);
        if (step.isEmpty()) {
            ChangeFiling change = changes.visible(actor, changeId);
            throw new StateConflictException("“" + type.label() + "”任务不能在此办理，请使用："
                    + type.completedBy().replace("{changeId}", String.valueOf(changeId)), change.state().name());
        }
        changes.requireDecider(actor, changeId, step.get());
        return task;
    }

    private static TaskType typeOf(Task task) {
        return TaskType.ofDefinitionKey(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("unknown task " + task.getTaskDefinitionKey()));
    }
}
