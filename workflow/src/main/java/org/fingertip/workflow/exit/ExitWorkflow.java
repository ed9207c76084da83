package org.fingertip.workflow.exit;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.exit.Exit;
import org.fingertip.registry.exit.ExitPlan;
import org.fingertip.registry.exit.ExitReason;
import org.fingertip.registry.exit.ExitService;
import org.fingertip.registry.exit.ExitState;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.workflow.engine.CandidateGroups;
import org.fingertip.workflow.task.TaskCompletion;
import org.fingertip.workflow.task.TaskType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drives AppExitProcess for one app: starting it (the owner, a supervisor's direction, a re-check's verdict) and each
 * human step. Each method is one transaction with the engine; the core checks who may act and records every step.
 */
@Service
@Transactional
public class ExitWorkflow {
    private final ExitService exits;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final TaskCompletion completion;

    public ExitWorkflow(ExitService exits, RuntimeService runtimeService, TaskService taskService,
                        TaskCompletion completion) {
        this.exits = exits;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.completion = completion;
    }

    /** The owner unit starts the exit of its app and files the plan at once. */
    public Exit startByOwner(Actor actor, long appId, ExitPlan plan) {
        Exit e = exits.startByOwner(actor, appId);
        start(e);
        return filePlan(actor, e.id(), plan);
    }

    /** A supervisor directs the app's exit by a deadline (限期关停). */
    public Exit direct(Actor actor, long appId, java.time.LocalDate deadline, String reason) {
        return start(exits.direct(actor, appId, deadline, reason));
    }

    /** A re-check's EXIT or INTEGRATE verdict hands the app over to clearance. */
    public Exit fromRecheck(long recheckId, long appId, ExitReason suggested) {
        return start(exits.fromRecheck(recheckId, appId, suggested));
    }

    public Exit filePlan(Actor actor, long id, ExitPlan plan) {
        Exit e = exits.filePlan(actor, id, plan);
        complete(id, TaskType.EXIT_PLAN, actor, Map.of(), "已提交退出方案");
        return e;
    }

    public Exit decidePlan(Actor actor, long id, boolean approved, String comment) {
        Exit e = exits.decidePlan(actor, id, approved, comment);
        Map<String, Object> vars = new HashMap<>();
        vars.put(ExitProcessVariables.PLAN_OUTCOME, !approved ? "RETURNED"
                : e.state() == ExitState.MIGRATING ? "MIGRATION" : "NOTICE");
        published(e, vars);
        complete(id, TaskType.REVIEW_EXIT_PLAN, actor, vars, approved ? "退出方案通过" : "退出方案退回修改");
        return e;
    }

    public Exit reportMigration(Actor actor, long id, Integer migratedUsers, String note) {
        Exit e = exits.reportMigration(actor, id, migratedUsers, note);
        complete(id, TaskType.REPORT_MIGRATION, actor, Map.of(), "已报告用户迁移");
        return e;
    }

    public Exit decideMigration(Actor actor, long id, boolean accepted, String comment) {
        Exit e = exits.decideMigration(actor, id, accepted, comment);
        Map<String, Object> vars = new HashMap<>();
        vars.put(ExitProcessVariables.MIGRATION_ACCEPTED, accepted);
        published(e, vars);
        complete(id, TaskType.ACCEPT_MIGRATION, actor, vars, accepted ? "迁移验收通过" : "迁移验收不通过");
        return e;
    }

    public Exit confirmOffline(Actor actor, long id, List<String> storesDelisted, Boolean serviceStopped,
                               String evidence) {
        Exit e = exits.confirmOffline(actor, id, storesDelisted, serviceStopped, evidence);
        complete(id, TaskType.CONFIRM_OFFLINE, actor,
                Map.of(ExitProcessVariables.DEREGISTRATION_DUE, Date.from(e.deregistrationDue())), "已确认下架停服");
        return e;
    }

    public Exit fileDeregistration(Actor actor, long id, String statement) {
        Exit e = exits.fileDeregistration(actor, id, statement);
        complete(id, TaskType.FILE_DEREGISTRATION, actor, Map.of(), "已申请注销");
        return e;
    }

    public Exit verify(Actor actor, long id, boolean accepted, String comment) {
        Exit e = exits.verify(actor, id, accepted, comment);
        complete(id, TaskType.VERIFY_EXIT, actor, Map.of(ExitProcessVariables.VERIFIED, accepted),
                accepted ? "注销核验通过" : "注销核验不通过");
        return e;
    }

    private Exit start(Exit e) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(ExitProcessVariables.EXIT_ID, e.id());
        vars.put(ExitProcessVariables.APP_ID, e.appId());
        vars.put(ExitProcessVariables.APP_NAME, e.appName());
        vars.put(ExitProcessVariables.OWNER_GROUP, CandidateGroups.applicants(e.owner().code()));
        vars.put(ExitProcessVariables.REVIEWER_GROUP, CandidateGroups.reviewers(ExitService.officeOf(e)));
        vars.put(ExitProcessVariables.DIRECTED, e.deadlineAt() != null);
        if (e.deadlineAt() != null) {
            vars.put(ExitProcessVariables.DEADLINE_AT, Date.from(e.deadlineAt()));
        }
        // keyed by the app, as every process about an app is (the case page lists their tasks); found by exitId
        runtimeService.startProcessInstanceByKey(ExitProcessVariables.PROCESS_KEY, String.valueOf(e.appId()), vars);
        return e;
    }

    private static void published(Exit e, Map<String, Object> vars) {
        if (e.state() == ExitState.NOTICE) {
            vars.put(ExitProcessVariables.OFFLINE_AT, Date.from(e.offlineAt()));
        }
    }

    private void complete(long id, TaskType type, Actor actor, Map<String, Object> vars, String outcome) {
        Task task = taskService.createTaskQuery().processInstanceId(instance(id).getId())
                .taskDefinitionKey(type.taskDefinitionKey()).singleResult();
        if (task == null) {
            throw new StateConflictException("退出 " + id + " 当前没有“" + type.label() + "”待办", type.name());
        }
        if (task.getAssignee() == null) {
            taskService.setAssignee(task.getId(), actor.username());
        }
        completion.complete(actor, task, vars, outcome);
    }

    private ProcessInstance instance(long id) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ExitProcessVariables.PROCESS_KEY)
                .variableValueEquals(ExitProcessVariables.EXIT_ID, id).singleResult();
        if (instance == null) {
            throw new StateConflictException("退出 " + id + " 已办结", "EXITED");
        }
        return instance;
    }
}
