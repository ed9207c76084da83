package org.fingertip.workflow.task;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.task.TaskEvent;
import org.fingertip.registry.task.TaskEventKind;
import org.fingertip.registry.task.TaskEvents;
import org.fingertip.registry.task.WorkItem;
import org.fingertip.registry.task.WorkItems;
import org.fingertip.registry.task.WorkState;
import org.springframework.stereotype.Component;

/**
 * Keeps the record of human work in step with the engine, in the engine's transaction: a task created, assigned,
 * completed or deleted (its case withdrawn, timed out, revoked) is written to the work record at once. Every user
 * task of every process gets this listener (see {@link WorkItemPlugin}).
 */
@Component("workItemListener")
public class WorkItemListener implements TaskListener {
    static final String APP_ID = "appId";
    static final String APP_NAME = "appName";

    private final WorkItems items;
    private final TaskEvents events;
    private final Apps apps;
    private final Clock clock;

    public WorkItemListener(WorkItems items, TaskEvents events, Apps apps, Clock clock) {
        this.items = items;
        this.events = events;
        this.apps = apps;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> created(task);
            case EVENTNAME_ASSIGNMENT -> items.assign(task.getId(), task.getAssignee(), task.getOwner(),
                    task instanceof Task t && t.getDelegationState() == DelegationState.PENDING);
            case EVENTNAME_COMPLETE -> items.end(task.getId(), WorkState.DONE, clock.instant(), task.getAssignee(),
                    null);
            case EVENTNAME_DELETE -> deleted(task);
            default -> {
            }
        }
    }

    private void created(DelegateTask task) {
        // the moment its due date was counted from, on the application's clock: a new calendar counts from it again
        Date countedFrom = TaskDueDates.countedFrom(task.getExecution());
        record(task.getId(), task.getProcessInstanceId(), task.getProcessDefinitionId(), task.getTaskDefinitionKey(),
                task.getName(), task.getVariable(APP_ID), task.getVariable(APP_NAME),
                candidateGroup(task.getCandidates()), task.getAssignee(), countedFrom != null ? countedFrom : task.getCreateTime(), task.getDueDate(),
                task.getFollowUpDate(), TaskDueDates.workingDaysOf(task.getExecution()));
    }

    /** Records an open task created before the work record existed (see {@link WorkItemBackfill}). */
    void recordExisting(Task task, Object appId, Object appName, Collection<IdentityLink> links) {
        record(task.getId(), task.getProcessInstanceId(), task.getProcessDefinitionId(), task.getTaskDefinitionKey(),
                task.getName(), appId, appName, candidateGroup(links), task.getAssignee(), task.getCreateTime(),
                task.getDueDate(), task.getFollowUpDate(), null);
        if (task.getOwner() != null || task.getDelegationState() == DelegationState.PENDING) {
            items.assign(task.getId(), task.getAssignee(), task.getOwner(),
                    task.getDelegationState() == DelegationState.PENDING);
        }
    }

    private void record(String taskId, String processInstanceId, String processDefinitionId, String taskKey,
                        String name, Object appIdValue, Object appNameValue, String group, String assignee,
                        Date createdAt, Date due, Date followUp, Integer workingDays) {
        Long appId = appIdValue instanceof Number n ? n.longValue() : null;
        App app = appId == null ? null : apps.byId(appId).orElse(null);
        String appName = appNameValue instanceof String s ? s : app == null ? null : app.displayName();
        Instant created = instant(createdAt);
        items.open(WorkItem.opened(taskId, processInstanceId, processKey(processDefinitionId), taskKey, name, appId,
                appName, app == null ? null : app.owner().code(), app == null ? null : app.owner().division().path(),
                group, assignee, created, instant(due), instant(followUp), workingDays));
        events.add(new TaskEvent(null, taskId, appId, name, TaskEventKind.CREATED, Actor.SYSTEM_NAME, group, null,
                created));
    }

    private void deleted(DelegateTask task) {
        Instant now = clock.instant();
        items.end(task.getId(), WorkState.CANCELLED, now, null, null);
        Long appId = task.getVariable(APP_ID) instanceof Number n ? n.longValue() : null;
        events.add(new TaskEvent(null, task.getId(), appId, task.getName(), TaskEventKind.CANCELLED,
                Actor.SYSTEM_NAME, null, null, now));
    }

    private static String candidateGroup(Collection<IdentityLink> links) {
        for (IdentityLink link : links) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                return link.getGroupId();
            }
        }
        return null;
    }

    /** The process key: the engine's definition ids read {@code key:version:id}. */
    private static String processKey(String id) {
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(0, colon);
    }

    private Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
