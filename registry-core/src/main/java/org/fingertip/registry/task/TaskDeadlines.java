package org.fingertip.registry.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.fingertip.registry.calendar.WorkingCalendar;

/**
 * Due dates and reminder dates of human tasks on the working-day calendar. A task due in n working days falls due at
 * the end of the n-th working day after the day it was created (Asia/Shanghai); its reminder (the engine's follow-up
 * date) is at the start of the working day that lies {@link DeadlineSettings#reminderWorkingDays()} working days before
 * the due day, and never before the task was created.
 */
public final class TaskDeadlines {
    /** When the working day starts, for reminders. */
    public static final LocalTime OFFICE_OPENS = LocalTime.of(9, 0);

    private final WorkingCalendar calendar;
    // replaced when an administrator changes the durations table (on every node in turn); read once per task
    private volatile DeadlineSettings settings;

    public TaskDeadlines(WorkingCalendar calendar, DeadlineSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    public DeadlineSettings settings() {
        return settings;
    }

    /** The durations from now on: tasks created after this count with them. */
    public void apply(DeadlineSettings newSettings) {
        this.settings = java.util.Objects.requireNonNull(newSettings, "newSettings");
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    /** The end of the {@code workingDays}-th working day after the day of {@code created}. */
    public Instant due(Instant created, int workingDays) {
        return calendar.dueAfterWorkingDays(created, workingDays);
    }

    /** A task of no duration of its own: {@link DeadlineSettings#otherTaskWorkingDays()}. */
    public Instant otherTaskDue(Instant created) {
        return due(created, settings.otherTaskWorkingDays());
    }

    /** The reminder date of a task created at {@code created} and due at {@code due}. */
    public Instant followUp(Instant created, Instant due) {
        LocalDate dueDay = due.atZone(WorkingCalendar.ZONE).toLocalDate();
        LocalDate day = calendar.subtractWorkingDays(dueDay, settings.reminderWorkingDays());
        Instant reminder = ZonedDateTime.of(day, OFFICE_OPENS, WorkingCalendar.ZONE).toInstant();
        if (reminder.isAfter(due)) {
            reminder = due;
        }
        return reminder.isBefore(created) ? created : reminder;
    }

    public DueState state(Instant now, Instant followUp, Instant due) {
        return DueState.of(now, followUp, due);
    }

    /** The calendar day of an instant in Asia/Shanghai: reminders are counted per such day. */
    public static LocalDate day(Instant at) {
        return at.atZone(WorkingCalendar.ZONE).toLocalDate();
    }
}
