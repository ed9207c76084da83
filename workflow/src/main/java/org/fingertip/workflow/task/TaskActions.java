package org.fingertip.workflow.task;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.fingertip.registry.access.ActiveUsers;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.registry.shared.DomainException;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.task.Reminder;
import org.fingertip.registry.task.TaskEventKind;
import org.fingertip.registry.task.WorkItem;
import org.fingertip.registry.task.WorkItems;
import org.fingertip.registry.task.WorkRules;
import org.fingertip.registry.task.WorkService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working a task, whichever process it belongs to: claim, unclaim, transfer (转办), delegate (委派) and resolve, urge
 * (催办); completing it on a decision is {@link TaskCompletion}'s. The rules are the core's ({@link WorkRules}) and
 * each process's ({@link TaskGuard}); each action is recorded in the task's history in the engine's transaction. A
 * task of a case the actor may not see is "not found".
 */
@Service
@Transactional
public class TaskActions {
    private final TaskService taskService;
    private final WorkItems items;
    private final WorkService work;
    private final ActiveUsers users;
    private final FilingService filings;
    private final List<TaskGuard> guards;

    public TaskActions(TaskService taskService, WorkItems items, WorkService work, ActiveUsers users,
                       FilingService filings, List<TaskGuard> guards) {
        this.taskService = taskService;
        this.items = items;
        this.work = work;
        this.users = users;
        this.filings = filings;
        this.guards = List.copyOf(guards);
    }

    /** The record of a task the actor may see: its own work, or work on a case it may see. */
    @Transactional(readOnly = true)
    public WorkItem visible(Actor actor, String taskId) {
        WorkItem item = items.byId(taskId).orElseThrow(() -> notFound(taskId));
        if (WorkRules.isMember(actor, item) || WorkRules.holds(actor, item)
                || actor.username().equals(item.owner()) || actor.username().equals(item.endedBy())) {
            return item;
        }
        if (item.appId() == null) {
            throw notFound(taskId);
        }
        filings.visible(actor, item.appId());
        return item;
    }

    public WorkItem claim(Actor actor, String taskId) {
        WorkItem item = visible(actor, taskId);
        WorkRules.requireClaimable(actor, item);
        if (WorkRules.holds(actor, item)) {
            return item;
        }
        guard(actor, item);
        taskService.claim(taskId, actor.username());
        return recorded(item, TaskEventKind.CLAIMED, actor, null);
    }

    public WorkItem unclaim(Actor actor, String taskId) {
        WorkItem item = visible(actor, taskId);
        WorkRules.requireHolder(actor, item, "退回签收");
        taskService.setAssignee(taskId, null);
        return recorded(item, TaskEventKind.UNCLAIMED, actor, null);
    }

    /** Hands the task for good to another member of its group. */
    public WorkItem transfer(Actor actor, String taskId, String to) {
        WorkItem item = visible(actor, taskId);
        WorkRules.requireHolder(actor, item, "转办");
        Actor target = target(to, item);
        taskService.setAssignee(taskId, target.username());
        return recorded(item, TaskEventKind.TRANSFERRED, actor, target.username());
    }

    /** Lends the task to another member of its group, who resolves it and gives it back. */
    public WorkItem delegate(Actor actor, String taskId, String to) {
        WorkItem item = visible(actor, taskId);
        WorkRules.requireHolder(actor, item, "委派");
        Actor target = target(to, item);
        taskService.delegateTask(taskId, target.username());
        return recorded(item, TaskEventKind.DELEGATED, actor, target.username());
    }

    /** The delegate is done: the task goes back to its owner, who decides. */
    public WorkItem resolve(Actor actor, String taskId) {
        WorkItem item = visible(actor, taskId);
        WorkRules.requireDelegate(actor, item);
        taskService.resolveTask(taskId);
        return recorded(item, TaskEventKind.RESOLVED, actor, item.owner());
    }

    /**
     * An administrator hands a task its holder can no longer work (a leaver's, 离职交接) to another user, by the
     * transfer's rules: an active member of the task's group whom the process allows. A delegated task keeps its
     * owner; the new holder resolves it.
     */
    public WorkItem handOver(Actor admin, String taskId, String to, String note) {
        WorkItem item = items.byId(taskId).orElseThrow(() -> notFound(taskId));
        WorkRules.requireOpen(item);
        Actor target = target(to, item);
        taskService.setAssignee(taskId, target.username());
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        items.assign(taskId, task.getAssignee(), task.getOwner(), task.getDelegationState() == DelegationState.PENDING);
        WorkItem after = items.byId(taskId).orElseThrow();
        work.record(after, TaskEventKind.TRANSFERRED, admin, target.username(), note);
        return after;
    }

    public Reminder urge(Actor actor, String taskId, String note) {
        return work.urge(actor, visible(actor, taskId), note);
    }

    /** The record after an action: the engine's holder and owner as they are now, and the history entry. */
    private WorkItem recorded(WorkItem before, TaskEventKind kind, Actor actor, String target) {
        Task task = taskService.createTaskQuery().taskId(before.taskId()).singleResult();
        items.assign(before.taskId(), task.getAssignee(), task.getOwner(),
                task.getDelegationState() == DelegationState.PENDING);
        WorkItem after = items.byId(before.taskId()).orElseThrow();
        work.record(after, kind, actor, target, null);
        return after;
    }

    /** The user a task is handed to: an active member of its group whom the process's own rules allow. */
    private Actor target(String to, WorkItem item) {
        String username = username(to);
        Actor target = users.active(username).orElse(null);
        WorkRules.requireTarget(target, username, item);
        try {
            guard(target, item);
        } catch (DomainException e) {
            throw new RuleViolationException("用户 " + username + " 不能办理该任务：" + e.getMessage(),
                    List.of(new FieldError("to", e.getMessage())));
        }
        return target;
    }

    private void guard(Actor who, WorkItem item) {
        TaskType type = TaskType.ofDefinitionKey(item.taskKey()).orElse(null);
        if (type != null) {
            guards.forEach(g -> g.requireWorker(who, item.taskId(), type));
        }
    }

    private static String username(String to) {
        if (to == null || to.isBlank()) {
            throw new InvalidInputException("请指定接收人",
                    List.of(new FieldError("to", "请填写接收人的用户名")));
        }
        return to.strip();
    }

    private static NotFoundException notFound(String taskId) {
        return new NotFoundException("未找到任务 " + taskId);
    }
}
