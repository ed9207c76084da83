package org.fingertip.web.wiring;

import java.time.Clock;

import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.registry.notification.NotificationService;
import org.fingertip.registry.task.CaseComments;
import org.fingertip.registry.task.CommentService;
import org.fingertip.registry.task.ReminderService;
import org.fingertip.registry.task.Reminders;
import org.fingertip.registry.task.TaskCopies;
import org.fingertip.registry.task.TaskDeadlines;
import org.fingertip.registry.task.TaskEvents;
import org.fingertip.registry.task.WorkAlerts;
import org.fingertip.registry.task.WorkItems;
import org.fingertip.registry.task.WorkNotifications;
import org.fingertip.registry.task.WorkService;
import org.fingertip.workflow.task.TaskDueRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Human work: deadlines from the durations table, reminders, escalation, copies, comments. (The BPMN reads its due
 * dates from the bean named {@code taskDeadlines}, {@link org.fingertip.workflow.task.TaskDueDates}; the core's rules
 * are {@code workingDayDeadlines}.)
 */
@Configuration(proxyBeanMethods = false)
public class WorkConfiguration {

    @Bean
    TaskDeadlines workingDayDeadlines(WorkingCalendar calendar, FingertipProperties properties) {
        return new TaskDeadlines(calendar, properties.getTasks().toSettings());
    }

    @Bean
    TaskDueRules taskDueRules(FingertipProperties properties) {
        FingertipProperties.Filing f = properties.getFiling();
        return TaskDueRules.of(f.getFirstReviewDays(), f.getProvincialReviewDays(), f.getResubmitDays(),
                properties.getExit().getPlanWorkingDays(), properties.getTasks().getOtherTaskWorkingDays());
    }

    @Bean
    WorkAlerts workAlerts(NotificationService notifications, Departments departments) {
        return new WorkNotifications(notifications, departments);
    }

    @Bean
    ReminderService reminderService(Reminders reminders, Clock clock) {
        return new ReminderService(reminders, clock);
    }

    @Bean
    WorkService workService(WorkItems items, ReminderService reminders, TaskEvents events, TaskCopies copies,
                            WorkAlerts alerts, Departments departments, Clock clock) {
        return new WorkService(items, reminders, events, copies, alerts, departments, clock);
    }

    @Bean
    CommentService commentService(CaseComments comments, FilingService filings, Clock clock) {
        return new CommentService(comments, filings, clock);
    }
}
