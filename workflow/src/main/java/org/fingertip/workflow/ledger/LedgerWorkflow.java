package org.fingertip.workflow.ledger;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerItem;
import org.fingertip.registry.ledger.LedgerService;
import org.fingertip.registry.ledger.LedgerSource;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.workflow.engine.CandidateGroups;
import org.fingertip.workflow.revocation.RevocationWorkflow;
import org.fingertip.workflow.task.DueDateChanges;
import org.fingertip.workflow.task.TaskCompletion;
import org.fingertip.workflow.task.TaskType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drives LedgerItemProcess: opening an item starts it; reporting a fix, verifying it and deciding an overdue item
 * complete its tasks. Each method is one transaction with the engine.
 */
@Service
@Transactional
public class LedgerWorkflow {
    /** What a supervisor decides about an item whose deadline passed. */
    public enum OverdueDecision { EXTEND, REVOKE }

    private final LedgerService ledger;
    /** The one rule for revoking a filing: a REVOKE of an overdue item goes through it. */
    private final RevocationWorkflow revocations;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final TaskCompletion completion;
    private final DueDateChanges dueDates;
    private final ManagementService managementService;

    public LedgerWorkflow(LedgerService ledger, RevocationWorkflow revocations, RuntimeService runtimeService,
                          TaskService taskService, ManagementService managementService,
                          TaskCompletion completion, DueDateChanges dueDates) {
        this.ledger = ledger;
        this.revocations = revocations;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.completion = completion;
        this.dueDates = dueDates;
    }

    /** A supervisor opens an item for an app in its jurisdiction. */
    public LedgerItem open(Actor actor, long appId, LedgerCategory category, String finding) {
        return start(ledger.open(actor, appId, category, finding));
    }

    /** The system opens an item (a re-check verdict, burden reports). */
    public LedgerItem openFor(App app, LedgerCategory category, String finding, LedgerSource source, String sourceRef) {
        return start(ledger.openFor(app, category, finding, source, sourceRef, Actor.SYSTEM_NAME));
    }

    public LedgerItem reportFixed(Actor actor, long itemId, String evidence) {
        LedgerItem item = ledger.reportFixed(actor, itemId, evidence);
        complete(task(itemId, TaskType.FIX_ITEM), actor, Map.of(), "已报告整改完成");
        return item;
    }

    public LedgerItem verify(Actor actor, long itemId, Boolean accepted, String comment) {
        LedgerItem item = ledger.verify(actor, itemId, accepted, comment);
        ProcessInstance instance = instance(itemId);
        complete(task(itemId, TaskType.VERIFY_FIX), actor, Map.of(LedgerProcessVariables.ACCEPTED, accepted),
                Boolean.TRUE.equals(accepted) ? "整改核验通过" : "整改核验不通过，退回整改");
        if (!accepted) {
            // a fix sent back after the deadline counts as overdue at once
            runtimeService.createMessageCorrelation(LedgerProcessVariables.SENT_BACK_MESSAGE)
                    .processInstanceId(instance.getId()).correlateAll();
        }
        return item;
    }

    /**
     * The supervisor extends the deadline (once) or revokes the filing; a revocation is the revocation's use case
     * (RevocationWorkflow), the same as a supervisor's direct decision.
     */
    public LedgerItem decideOverdue(Actor actor, long itemId, OverdueDecision decision, String reason) {
        if (decision == null) {
            throw new InvalidInputException("请选择处理决定",
                    java.util.List.of(new FieldError("decision", "请选择 EXTEND（延期）或 REVOKE（撤销备案）")));
        }
        if (!actor.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("只有督查员可以延期或撤销备案");
        }
        Task decide = openTask(itemId, TaskType.DECIDE_OVERDUE);
        LedgerItem item;
        if (decision == OverdueDecision.EXTEND) {
            item = ledger.extend(actor, itemId, reason);
            moveDeadline(actor, itemId, item);
        } else {
            if (decide == null) {
                throw new StateConflictException("整改期限未过，尚未上报督查，不能撤销备案", "OPEN");
            }
            item = revocations.revokeForOverdueItem(actor, itemId, reason).overdueItem();
        }
        if (decide != null) {
            complete(decide, actor, Map.of(LedgerProcessVariables.OVERDUE_DECISION, decision.name()),
                    decision == OverdueDecision.EXTEND ? "延期整改" : "撤销备案");
        }
        return item;
    }

    private LedgerItem start(LedgerItem item) {
        String office = LedgerService.officeOf(item);
        Map<String, Object> vars = new HashMap<>();
        vars.put(LedgerProcessVariables.ITEM_ID, item.id());
        vars.put(LedgerProcessVariables.APP_ID, item.appId());
        vars.put(LedgerProcessVariables.APP_NAME, item.appName());
        vars.put(LedgerProcessVariables.DEADLINE, Date.from(item.deadline()));
        vars.put(LedgerProcessVariables.OWNER_GROUP, CandidateGroups.applicants(item.owner().code()));
        vars.put(LedgerProcessVariables.VERIFIER_GROUP, CandidateGroups.reviewers(office));
        vars.put(LedgerProcessVariables.SUPERVISOR_GROUP, CandidateGroups.supervisors(office));
        runtimeService.startProcessInstanceByKey(LedgerProcessVariables.PROCESS_KEY, String.valueOf(item.appId()), vars);
        return item;
    }

    /** The new deadline for the timer and for the owner's task. */
    private void moveDeadline(Actor actor, long itemId, LedgerItem item) {
        ProcessInstance instance = instance(itemId);
        Date deadline = Date.from(item.deadline());
        runtimeService.setVariable(instance.getId(), LedgerProcessVariables.DEADLINE, deadline);
        Job timer = managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(LedgerProcessVariables.DEADLINE_TIMER).singleResult();
        if (timer != null) {
            managementService.setJobDuedate(timer.getId(), deadline);
        }
        Task rectify = openTask(itemId, TaskType.FIX_ITEM);
        if (rectify != null) {
            dueDates.move(rectify.getId(), item.deadline(), actor, "整改期限延期");
        }
    }

    private void complete(Task task, Actor actor, Map<String, Object> vars, String outcome) {
        if (task.getAssignee() == null) {
            taskService.setAssignee(task.getId(), actor.username());
        }
        completion.complete(actor, task, vars, outcome);
    }

    private Task task(long itemId, TaskType type) {
        Task task = openTask(itemId, type);
        if (task == null) {
            throw new StateConflictException("台账事项 " + itemId + " 当前没有“" + type.label() + "”待办", type.name());
        }
        return task;
    }

    private Task openTask(long itemId, TaskType type) {
        return taskService.createTaskQuery().processInstanceId(instance(itemId).getId())
                .taskDefinitionKey(type.taskDefinitionKey()).singleResult();
    }

    private ProcessInstance instance(long itemId) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(LedgerProcessVariables.PROCESS_KEY)
                .variableValueEquals(LedgerProcessVariables.ITEM_ID, itemId).singleResult();
        if (instance == null) {
            throw new StateConflictException("台账事项 " + itemId + " 已办结", "CLOSED");
        }
        return instance;
    }
}
