package org.fingertip.registry.task;

import java.time.Instant;
import java.util.Objects;

/**
 * A task copied (抄送) for information to a group ({@code supervisor:420100}, {@code applicant:420100-007}) or one user
 * ({@code user:<name>}): the recipients read it, the task stays with its holder. An escalation names the division whose
 * supervisors it goes to ({@code divisionPath}): the supervisors above that division read it as well.
 */
public record TaskCopy(Long id, String taskId, Long appId, String recipient, String divisionPath, CopyReason reason,
                       String note, Instant at) {

    public TaskCopy {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
