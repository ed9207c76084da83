package org.fingertip.registry.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One reminder sent on a task. {@code day} is its calendar day in Asia/Shanghai: a task gets at most one reminder per
 * day, whoever or whatever sends it. {@code by} is the user who urged, or {@code system}; {@code recipient} who was
 * reminded (the holder, or the task's group while nobody holds it).
 */
public record Reminder(Long id, String taskId, Long appId, ReminderKind kind, LocalDate day, String by,
                       String recipient, String note, Instant at) {

    public Reminder {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(at, "at");
    }
}
