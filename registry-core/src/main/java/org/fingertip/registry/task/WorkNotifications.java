package org.fingertip.registry.task;

import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.notification.NotificationKind;
import org.fingertip.registry.notification.NotificationService;

/**
 * Tells people about their work through the notification centre (and mail behind it), in the transaction of the
 * event: each alert is a notification with an event key of its own, so that a timer run again writes nothing twice.
 * An escalation goes to the supervisors of the task's division, or, when that division has none, to those of the
 * nearest division above it.
 */
public final class WorkNotifications implements WorkAlerts {
    private final NotificationService notifications;
    private final Departments departments;

    public WorkNotifications(NotificationService notifications, Departments departments) {
        this.notifications = notifications;
        this.departments = departments;
    }

    @Override
    public void reminded(WorkItem item, Reminder reminder) {
        notifications.notify(reminder.recipient(), NotificationKind.REMINDER,
                "reminder:" + item.taskId() + ":" + reminder.day(),
                reminder.kind().label() + "：" + subject(item),
                (reminder.note() == null ? "" : reminder.note() + "。") + dueText(item), item.appId(), link(item));
    }

    @Override
    public void escalated(WorkItem item, TaskCopy copy) {
        String code = copy.recipient().substring(copy.recipient().indexOf(':') + 1);
        Division division = departments.division(code).orElse(null);
        while (division != null) {
            int told = notifications.notify("supervisor:" + division.code(), NotificationKind.ESCALATION,
                    "escalation:" + item.taskId(), "逾期督办：" + subject(item), copy.note(), item.appId(),
                    link(item));
            if (told > 0 || division.parentCode() == null) {
                return;
            }
            division = departments.division(division.parentCode()).orElse(null);
        }
    }

    @Override
    public void copied(WorkItem item, TaskCopy copy) {
        NotificationKind kind = copy.note() != null && copy.note().contains("退回") ? NotificationKind.RETURN
                : NotificationKind.DECISION;
        notifications.notify(copy.recipient(), kind, "copy:" + item.taskId() + ":" + copy.reason(),
                kind.label() + "：" + subject(item), copy.note(), item.appId(), caseLink(item));
    }

    @Override
    public void handedOver(WorkItem item, TaskEvent event) {
        notifications.notify("user:" + event.target(), NotificationKind.TASK,
                "handover:" + item.taskId() + ":" + event.kind() + ":" + event.at().toEpochMilli(),
                event.kind().label() + "：" + subject(item),
                event.actor() + " " + event.kind().label() + "给您。" + dueText(item), item.appId(), link(item));
    }

    private static String subject(WorkItem item) {
        return "“" + item.name() + "”" + (item.appName() == null ? "" : "（" + item.appName() + "）");
    }

    private static String dueText(WorkItem item) {
        return item.due() == null ? "" : "办理期限：" + TaskDeadlines.day(item.due());
    }

    private static String link(WorkItem item) {
        return "/tasks/" + item.taskId();
    }

    private static String caseLink(WorkItem item) {
        return item.appId() == null ? link(item) : "/apps/" + item.appId();
    }
}
