package org.fingertip.registry.task;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.StateConflictException;

/**
 * What happens to human work besides its decision: the reminder before the due date and the one when it has passed,
 * the escalation of overdue work to the supervisors of its jurisdiction (copied to them; the task stays with its
 * holder), manual urges, the record of each hand-over, and the copy of a decision to the owner unit. Every reminder is
 * logged and capped at one per task per day. Callers hold the transaction (the engine's, for timers).
 */
public final class WorkService {
    private final WorkItems items;
    private final ReminderService reminders;
    private final TaskEvents events;
    private final TaskCopies copies;
    private final WorkAlerts alerts;
    private final Departments departments;
    private final Clock clock;

    public WorkService(WorkItems items, ReminderService reminders, TaskEvents events, TaskCopies copies,
                       WorkAlerts alerts, Departments departments, Clock clock) {
        this.items = items;
        this.reminders = reminders;
        this.events = events;
        this.copies = copies;
        this.alerts = alerts;
        this.departments = departments;
        this.clock = clock;
    }

    /** The record of a task; "not found" for a task that never existed. */
    public WorkItem item(String taskId) {
        return items.byId(taskId).orElseThrow(() -> new NotFoundException("未找到任务 " + taskId));
    }

    /** The reminder date of an open task has come. */
    public Optional<Reminder> dueSoon(String taskId) {
        WorkItem item = item(taskId);
        if (!item.isOpen()) {
            return Optional.empty();
        }
        return remind(item, ReminderKind.DUE_SOON, Actor.SYSTEM_NAME, "将于 " + Display.dueText(item) + " 到期");
    }

    /**
     * The due date of an open task has passed: its holder is reminded (unless reminded already today) and the work is
     * escalated to the supervisors of its jurisdiction, once, as a copy; the task stays where it is.
     */
    public Optional<TaskCopy> overdue(String taskId) {
        WorkItem item = item(taskId);
        if (!item.isOpen()) {
            return Optional.empty();
        }
        remind(item, ReminderKind.OVERDUE, Actor.SYSTEM_NAME, "已于 " + Display.dueText(item) + " 到期，请尽快办理");
        Division division = escalationDivision(item);
        if (division == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        TaskCopy copy = new TaskCopy(null, item.taskId(), item.appId(), "supervisor:" + division.code(),
                division.path(), CopyReason.ESCALATION,
                "“" + item.name() + "”已逾期（期限 " + Display.dueText(item) + "）" + holderText(item), now);
        if (!copies.addOnce(copy)) {
            return Optional.empty();
        }
        events.add(new TaskEvent(null, item.taskId(), item.appId(), item.name(), TaskEventKind.ESCALATED,
                Actor.SYSTEM_NAME, copy.recipient(), copy.note(), now));
        alerts.escalated(item, copy);
        return Optional.of(copy);
    }

    /** A user urges (催办) a task someone else holds; refused (409) when the task had a reminder today. */
    public Reminder urge(Actor actor, WorkItem item, String note) {
        WorkRules.requireUrger(actor, item);
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 500) {
            throw new InvalidInputException("催办说明有误",
                    List.of(new FieldError("note", "不能超过 500 个字符")));
        }
        return remind(item, ReminderKind.URGE, actor.username(), text).orElseThrow(() ->
                new StateConflictException("该任务今天已催办过（每个任务每天至多催办一次），请明天再催", "REMINDED_TODAY"));
    }

    /** Records a hand-over or another action on a task; tells the user it was handed to. */
    public TaskEvent record(WorkItem item, TaskEventKind kind, Actor actor, String target, String note) {
        TaskEvent event = new TaskEvent(null, item.taskId(), item.appId(), item.name(), kind, actor.username(), target,
                note, clock.instant());
        events.add(event);
        if (target != null && (kind == TaskEventKind.TRANSFERRED || kind == TaskEventKind.DELEGATED
                || kind == TaskEventKind.RESOLVED)) {
            alerts.handedOver(item, event);
        }
        return event;
    }

    /**
     * The engine completed the task on a decision: who decided and what is recorded; a decision taken by someone
     * else than the owner unit (a review, a verification) is copied to the owner unit.
     */
    public void completed(String taskId, Actor actor, String outcome) {
        items.recordOutcome(taskId, actor.username(), outcome);
        WorkItem item = item(taskId);
        Instant now = clock.instant();
        events.add(new TaskEvent(null, taskId, item.appId(), item.name(), TaskEventKind.COMPLETED, actor.username(),
                null, outcome, now));
        if (item.unitCode() != null && !("applicant:" + item.unitCode()).equals(item.candidateGroup())) {
            TaskCopy copy = new TaskCopy(null, taskId, item.appId(), "applicant:" + item.unitCode(), null,
                    CopyReason.DECISION, "“" + item.name() + "”：" + outcome, now);
            if (copies.addOnce(copy)) {
                alerts.copied(item, copy);
            }
        }
    }

    private Optional<Reminder> remind(WorkItem item, ReminderKind kind, String by, String note) {
        Optional<Reminder> reminder = reminders.remind(item, kind, by, note);
        reminder.ifPresent(r -> alerts.reminded(item, r));
        return reminder;
    }

    /**
     * The division whose supervisors overdue work goes to: the office the task belongs to (a review office, a
     * supervisors' office: then the one above it), or the division of the owner unit for the unit's own work.
     */
    Division escalationDivision(WorkItem item) {
        String group = item.candidateGroup();
        String code = null;
        boolean upward = false;
        if (group != null && group.startsWith("reviewer:")) {
            code = group.substring("reviewer:".length());
        } else if (group != null && group.startsWith("supervisor:")) {
            code = group.substring("supervisor:".length());
            upward = true;
        } else {
            code = item.divisionCode();
        }
        if (code == null) {
            return null;
        }
        Division division = departments.division(code).orElse(null);
        if (division != null && upward && division.parentCode() != null) {
            division = departments.division(division.parentCode()).orElse(division);
        }
        return division;
    }

    private static String holderText(WorkItem item) {
        return item.assignee() == null ? "，尚无人签收" : "，办理人 " + item.assignee();
    }

    /** How dates read in messages: the due day in Asia/Shanghai. */
    static final class Display {
        private Display() {
        }

        static String dueText(WorkItem item) {
            return item.due() == null ? "（无期限）" : TaskDeadlines.day(item.due()).toString();
        }
    }
}
