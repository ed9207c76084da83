package org.fingertip.registry.task;

/**
 * The durations of the deadline rules (DOMAIN.md, "Durations"): a reminder goes out this many working days before a
 * task falls due (default 2), and a human task of no other duration is due in this many working days (default 5).
 */
public record DeadlineSettings(int reminderWorkingDays, int otherTaskWorkingDays) {

    public DeadlineSettings {
        if (reminderWorkingDays < 0) {
            throw new IllegalArgumentException("the reminder must not come after the due date");
        }
        if (otherTaskWorkingDays < 1) {
            throw new IllegalArgumentException("a task needs at least one working day");
        }
    }

    public static DeadlineSettings defaults() {
        return new DeadlineSettings(2, 5);
    }
}
