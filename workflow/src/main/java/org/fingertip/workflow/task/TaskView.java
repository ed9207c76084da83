package org.fingertip.workflow.task;

import java.time.Instant;

import org.fingertip.registry.task.DueState;
import org.fingertip.registry.task.WorkItem;
import org.fingertip.registry.task.WorkState;

/**
 * One task as the inbox shows it. {@code group} is the candidate group (office or unit) it belongs to; {@code owner}
 * who delegated it while {@code delegated}; {@code dueState} where it stands at the time of reading; for ended work,
 * who ended it with which {@code outcome}.
 */
public record TaskView(String id, TaskType type, String name, CaseProcess process, long appId, String appName,
                       String unitCode, Instant created, Instant due, Instant followUp, DueState dueState,
                       String assignee, String owner, boolean delegated, String group, WorkState state,
                       Instant endedAt, String endedBy, String outcome) {

    static TaskView of(WorkItem item, Instant now) {
        TaskType type = TaskType.ofDefinitionKey(item.taskKey())
                .orElseThrow(() -> new IllegalStateException("unknown task " + item.taskKey()));
        return new TaskView(item.taskId(), type, item.name(), CaseProcess.ofKey(item.processKey()).orElse(null),
                item.appId() == null ? -1L : item.appId(), item.appName(), item.unitCode(), item.created(),
                item.due(), item.followUp(), item.dueState(now), item.assignee(), item.owner(), item.delegated(),
                item.candidateGroup(), item.state(), item.endedAt(), item.endedBy(), item.outcome());
    }
}
