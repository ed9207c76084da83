package org.fingertip.registry.task;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a task's history: who ({@code actor}, or {@code system}) did what, to whom ({@code target}: the user a
 * task was transferred or delegated to), with an optional note (the outcome of a completion).
 */
public record TaskEvent(Long id, String taskId, Long appId, String taskName, TaskEventKind kind, String actor,
                        String target, String note, Instant at) {

    public TaskEvent {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
