package org.fingertip.registry.task;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends reminders (催办) at the rate the rules allow: at most one per task per calendar day (Asia/Shanghai), the
 * automatic ones (due soon, overdue) and the urges of users alike. Whoever holds the task is reminded; while nobody
 * does, its group. Callers hold the transaction and deliver the reminder only when one was logged.
 */
public final class ReminderService {
    private final Reminders reminders;
    private final Clock clock;

    public ReminderService(Reminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    /** Logs a reminder on the open task unless it already had one today; empty when it had. */
    public Optional<Reminder> remind(WorkItem item, ReminderKind kind, String by, String note) {
        Instant now = clock.instant();
        Reminder reminder = new Reminder(null, item.taskId(), item.appId(), kind, TaskDeadlines.day(now), by,
                recipientOf(item), note, now);
        return reminders.logOnce(reminder) ? Optional.of(reminder) : Optional.empty();
    }

    /** Who a reminder on the task goes to: its holder, or its group while nobody holds it. */
    public static String recipientOf(WorkItem item) {
        return item.assignee() != null ? "user:" + item.assignee() : item.candidateGroup();
    }
}
