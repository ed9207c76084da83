package org.fingertip.registry.task;

import java.time.Instant;
import java.util.Objects;

/**
 * The record of one human task, kept beside the engine's own so that the inbox can be filtered, counted and paged by
 * what users ask (process, type, app, department, due state) and so that finished work keeps its outcome.
 *
 * @param taskKey        the BPMN id of the user task (its type)
 * @param processKey     the BPMN id of the process
 * @param unitCode       the app's owner unit, the department the work concerns
 * @param divisionPath   the path of the owner unit's division ({@code /420000/420100/}), for department filters
 * @param candidateGroup the group whose members may work the task ({@code reviewer:420100}, {@code applicant:…})
 * @param assignee       who holds it (null while claimable); the delegate while delegated
 * @param owner          who delegated it and gets it back on resolve (null unless delegated)
 * @param dueWorkingDays the working days it was given from its creation, or null when its due date came from
 *                       elsewhere (a ledger item's deadline): only the former are recomputed on a new calendar
 */
public record WorkItem(String taskId, String processInstanceId, String processKey, String taskKey, String name,
                       Long appId, String appName, String unitCode, String divisionPath, String candidateGroup,
                       String assignee, String owner, boolean delegated, Instant created, Instant due,
                       Instant followUp, Integer dueWorkingDays, WorkState state, Instant endedAt, String endedBy,
                       String outcome) {

    public WorkItem {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(processKey, "processKey");
        Objects.requireNonNull(taskKey, "taskKey");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(state, "state");
    }

    /** A task just created by the engine. */
    public static WorkItem opened(String taskId, String processInstanceId, String processKey, String taskKey,
                                  String name, Long appId, String appName, String unitCode, String divisionPath,
                                  String candidateGroup, String assignee, Instant created, Instant due,
                                  Instant followUp, Integer dueWorkingDays) {
        return new WorkItem(taskId, processInstanceId, processKey, taskKey, name, appId, appName, unitCode,
                divisionPath, candidateGroup, assignee, null, false, created, due, followUp, dueWorkingDays,
                WorkState.OPEN, null, null, null);
    }

    public boolean isOpen() {
        return state == WorkState.OPEN;
    }

    public DueState dueState(Instant now) {
        return isOpen() ? DueState.of(now, followUp, due) : DueState.ON_TIME;
    }

    /** The division code of the owner unit (the last code of the path), or null. */
    public String divisionCode() {
        if (divisionPath == null || divisionPath.length() < 3) {
            return null;
        }
        String trimmed = divisionPath.substring(0, divisionPath.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
