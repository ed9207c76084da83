package org.fingertip.workflow.task;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.workflow.engine.CandidateGroups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open human tasks a user works: assigned to it, or claimable by one of its groups; due first.
 * Reading only; decisions go through the service of each process.
 */
@Service
@Transactional(readOnly = true)
public class Inbox {
    static final String APP_ID = "appId";
    static final String APP_NAME = "appName";

    private final TaskService taskService;
    private final RuntimeService runtimeService;

    public Inbox(TaskService taskService, RuntimeService runtimeService) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    public TaskPage page(Actor actor, int page, int size) {
        List<String> groups = CandidateGroups.of(actor);
        TaskQuery query = taskService.createTaskQuery().or().taskAssignee(actor.username());
        if (!groups.isEmpty()) {
            query = query.taskCandidateGroupIn(groups);
        }
        query = query.endOr();
        long total = query.count();
        List<Task> tasks = query.orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(page * size, size);
        return new TaskPage(views(tasks, false), total, page, size);
    }

    /** The open tasks of one app, for its case page (whoever may see the app sees them, read-only). */
    public List<TaskView> ofApp(long appId) {
        return views(taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(appId))
                .orderByTaskCreateTime().asc().list(), true);
    }

    /** One open task; unknown or finished is "not found". */
    public TaskView task(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("未找到待办任务 " + taskId + "（可能已办结）");
        }
        return views(List.of(task), true).get(0);
    }

    /** Candidate groups cost a query per task: only for single tasks and a case's few tasks, never for inbox pages. */
    private List<TaskView> views(List<Task> tasks, boolean withGroup) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Set<String> instances = new HashSet<>();
        for (Task t : tasks) {
            instances.add(t.getProcessInstanceId());
        }
        Map<String, Map<String, Object>> vars = variables(instances);
        return tasks.stream().map(t -> {
            Map<String, Object> v = vars.getOrDefault(t.getProcessInstanceId(), Map.of());
            TaskType type = TaskType.ofDefinitionKey(t.getTaskDefinitionKey())
                    .orElseThrow(() -> new IllegalStateException("unknown task " + t.getTaskDefinitionKey()));
            Object appId = v.get(APP_ID);
            return new TaskView(t.getId(), type, t.getName(), appId instanceof Number n ? n.longValue() : -1L,
                    (String) v.get(APP_NAME), instant(t.getCreateTime()), instant(t.getDueDate()), t.getAssignee(),
                    withGroup ? candidateGroup(t) : null);
        }).toList();
    }

    /** App id and name of each process instance in one query, not one per task. */
    private Map<String, Map<String, Object>> variables(Collection<String> processInstanceIds) {
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        List<VariableInstance> list = runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                .variableNameIn(APP_ID, APP_NAME).list();
        for (VariableInstance vi : list) {
            byInstance.computeIfAbsent(vi.getProcessInstanceId(), k -> new HashMap<>()).put(vi.getName(), vi.getValue());
        }
        return byInstance;
    }

    private String candidateGroup(Task task) {
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                return link.getGroupId();
            }
        }
        return null;
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}
