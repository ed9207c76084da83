package org.fingertip.workflow.task;

import java.time.Clock;
import java.time.Instant;
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
        Long appId = task.getVariable(APP_ID) instanceof Number n ? n.longValue() : null;
        App app = appId == null ? null : apps.byId(appId).orElse(null);
        String appName = task.getVariable(APP_NAME) instanceof String s ? s : app == null ? null : app.displayName();
        Instant created = instant(task.getCreateTime());
        items.open(WorkItem.opened(task.getId(), task.getProcessInstanceId(), processKey(task),
                task.getTaskDefinitionKey(), task.getName(), appId, appName,
                app == null ? null : app.owner().code(), app == null ? null : app.owner().division().path(),
                candidateGroup(task), task.getAssignee(), created, instant(task.getDueDate()),
                instant(task.getFollowUpDate()), TaskDueDates.workingDaysOf(task.getExecution())));
        events.add(new TaskEvent(null, task.getId(), appId, task.getName(), TaskEventKind.CREATED,
                Actor.SYSTEM_NAME, candidateGroup(task), null, created));
    }

    private void deleted(DelegateTask task) {
        Instant now = clock.instant();
        items.end(task.getId(), WorkState.CANCELLED, now, null, null);
        Long appId = task.getVariable(APP_ID) instanceof Number n ? n.longValue() : null;
        events.add(new TaskEvent(null, task.getId(), appId, task.getName(), TaskEventKind.CANCELLED,
                Actor.SYSTEM_NAME, null, null, now));
    }

    private static String candidateGroup(DelegateTask task) {
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                return link.getGroupId();
            }
        }
        return null;
    }

    /** The process key: the engine's definition ids read {@code key:version:id}. */
    private static String processKey(DelegateTask task) {
        String id = task.getProcessDefinitionId();
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(0, colon);
    }

    private Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
