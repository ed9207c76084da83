package org.fingertip.workflow.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.admin.AdminAction;
import org.fingertip.registry.admin.AdminLog;
import org.fingertip.registry.admin.AdminObject;
import org.fingertip.registry.admin.Reassignments;
import org.fingertip.registry.admin.UnitMerge;
import org.fingertip.registry.admin.UnitRules;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.task.TaskEvent;
import org.fingertip.registry.task.TaskEventKind;
import org.fingertip.registry.task.TaskEvents;
import org.fingertip.workflow.engine.CandidateGroups;
import org.fingertip.workflow.exit.ExitProcessVariables;
import org.fingertip.workflow.filing.FilingProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges one unit into another in one transaction with the engine: the rules are the core's ({@link UnitRules}); each
 * app moves through its aggregate (a line in its history, on the case page); the unit's users and the records beside
 * its apps move ({@link Reassignments}); every open task of the unit's applicants' group gets the successor's group,
 * in the engine and in the work record, with a line in the task's history; the process variables that name the group
 * for tasks still to come name the successor's; the unit is marked merged; and the change is recorded.
 *
 * <p>Review tasks stay with the offices that hold them: a merge across divisions changes the offices of new cases
 * only.
 */
@Service
@Transactional
public class UnitMergeWorkflow {
    /** The process variables that carry an applicant group for later tasks (filing and change; exit, ledger, re-check). */
    static final List<String> GROUP_VARIABLES = List.of(FilingProcessVariables.APPLICANT_GROUP,
            ExitProcessVariables.OWNER_GROUP);

    private final Departments departments;
    private final Apps apps;
    private final Reassignments reassignments;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final TaskEvents events;
    private final AdminLog log;
    private final Clock clock;

    public UnitMergeWorkflow(Departments departments, Apps apps, Reassignments reassignments, TaskService taskService,
                             RuntimeService runtimeService, TaskEvents events, AdminLog log, Clock clock) {
        this.departments = departments;
        this.apps = apps;
        this.reassignments = reassignments;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.events = events;
        this.log = log;
        this.clock = clock;
    }

    /** What moved. */
    public record Outcome(Unit merged, Unit into, int apps, int users, int tasks, int records) {
    }

    public Outcome merge(Actor actor, String fromCode, String intoCode) {
        Unit from = departments.unit(fromCode).orElseThrow(() -> new NotFoundException("未找到编码为 " + fromCode + " 的单位"));
        if (intoCode == null || intoCode.isBlank()) {
            throw new RuleViolationException("请选择要并入的单位", List.of(new FieldError("into", "请填写要并入的单位编码")));
        }
        Unit into = departments.unit(intoCode.strip()).orElseThrow(() -> new RuleViolationException(
                "没有编码为 " + intoCode.strip() + " 的单位",
                List.of(new FieldError("into", "没有编码为 " + intoCode.strip() + " 的单位"))));
        UnitMerge merge = UnitRules.merge(actor, from, into);
        Instant now = clock.instant();

        int movedApps = 0;
        for (long appId : reassignments.appIdsOf(from.code())) {
            App app = apps.byId(appId).orElseThrow();
            app.moveToMergedOwner(into, actor.username(), now, merge.appReason());
            apps.save(app);
            movedApps++;
        }
        int users = reassignments.moveUsers(from.code(), into.code());
        int records = reassignments.moveUnitRecords(merge);
        int tasks = moveOpenTasks(actor, CandidateGroups.applicants(from.code()),
                CandidateGroups.applicants(into.code()), now);
        moveGroupVariables(CandidateGroups.applicants(from.code()), CandidateGroups.applicants(into.code()));
        departments.save(merge.mergedUnit());
        reassignments.markMerged(from.code(), into.code(), now);
        log.record(actor, AdminAction.UNIT_MERGE, AdminObject.UNIT, from.code(),
                merge.detail(movedApps, users, tasks, records));
        return new Outcome(merge.mergedUnit(), into, movedApps, users, tasks, records);
    }

    /** Every open task of the old group, claimed or not, is offered to the new group instead. */
    private int moveOpenTasks(Actor actor, String fromGroup, String toGroup, Instant now) {
        List<Task> tasks = taskService.createTaskQuery().taskCandidateGroup(fromGroup).includeAssignedTasks().list();
        for (Task task : tasks) {
            taskService.deleteCandidateGroup(task.getId(), fromGroup);
            taskService.addCandidateGroup(task.getId(), toGroup);
            Object appId = runtimeService.getVariable(task.getExecutionId(), FilingProcessVariables.APP_ID);
            events.add(new TaskEvent(null, task.getId(), appId instanceof Number n ? n.longValue() : null,
                    task.getName(), TaskEventKind.TRANSFERRED, actor.username(), toGroup,
                    "单位合并：由 " + fromGroup + " 移交 " + toGroup, now));
        }
        reassignments.regroupOpenWork(fromGroup, toGroup);
        return tasks.size();
    }

    /** Later tasks of running cases are created for the new group. */
    private void moveGroupVariables(String fromGroup, String toGroup) {
        for (String name : GROUP_VARIABLES) {
            for (VariableInstance v : runtimeService.createVariableInstanceQuery().variableValueEquals(name, fromGroup)
                    .list()) {
                runtimeService.setVariableLocal(v.getExecutionId(), name, toGroup);
            }
        }
    }
}
