package org.fingertip.workflow.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.fingertip.registry.access.ActiveUsers;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.registry.filing.FilingSettings;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.task.DeadlineSettings;
import org.fingertip.registry.task.Reminder;
import org.fingertip.registry.task.ReminderService;
import org.fingertip.registry.task.TaskCopy;
import org.fingertip.registry.task.TaskDeadlines;
import org.fingertip.registry.task.TaskEvent;
import org.fingertip.registry.task.WorkAlerts;
import org.fingertip.registry.task.WorkItem;
import org.fingertip.registry.task.WorkService;
import org.fingertip.registry.testing.Calendars;
import org.fingertip.registry.testing.InMemoryWork;
import org.fingertip.workflow.task.DueDateChanges;
import org.fingertip.workflow.task.Inbox;
import org.fingertip.workflow.task.TaskActions;
import org.fingertip.workflow.task.TaskCompletion;
import org.fingertip.workflow.task.TaskDueDates;
import org.fingertip.workflow.task.TaskDueRules;
import org.fingertip.workflow.task.TaskGuard;
import org.fingertip.workflow.task.TaskOverdueListener;
import org.fingertip.workflow.task.TaskReminderListener;
import org.fingertip.workflow.task.WorkItemListener;

/**
 * The record of human work for process tests: in memory, with the listeners every user task calls registered as
 * mocks (the plugin of {@link Engines} attaches them), the durations of DOMAIN.md on the 2026 calendar, and the
 * alerts recorded instead of sent. Users for hand-overs are added with {@link #user}.
 */
public final class WorkTracking {
    public final InMemoryWork work = new InMemoryWork();
    public final RecordedAlerts alerts = new RecordedAlerts();
    public final TaskDeadlines deadlines = new TaskDeadlines(Calendars.china2026Calendar(), DeadlineSettings.defaults());
    public final WorkService service;
    public final TaskCompletion completion;
    public final DueDateChanges dueDates;
    public final Inbox inbox;
    private final Map<String, Actor> users = new HashMap<>();
    private final ProcessEngine engine;
    private final Departments departments;

    public WorkTracking(ProcessEngine engine, Apps apps, Departments departments, Clock clock) {
        this.engine = engine;
        this.departments = departments;
        service = new WorkService(work, new ReminderService(work, clock), work, work, alerts, departments, clock);
        FilingSettings f = FilingSettings.defaults();
        Mocks.register("taskDeadlines", new TaskDueDates(deadlines,
                TaskDueRules.of(f.firstReviewDays(), f.provincialReviewDays(), f.resubmitDays(), 10, 5), clock));
        Mocks.register("workItemListener", new WorkItemListener(work, work, apps, clock));
        Mocks.register("taskReminderListener", new TaskReminderListener(service));
        Mocks.register("taskOverdueListener", new TaskOverdueListener(service));
        completion = new TaskCompletion(engine.getTaskService(), service);
        dueDates = new DueDateChanges(engine.getTaskService(), engine.getManagementService(), work, service,
                deadlines);
        inbox = new Inbox(work, departments, clock);
    }

    /** Hand-overs among the given users, on the app rules of the filing service and the processes' guards. */
    public TaskActions actions(FilingService filings, TaskGuard... guards) {
        ActiveUsers active = username -> Optional.ofNullable(users.get(username));
        return new TaskActions(engine.getTaskService(), work, service, active, filings, List.of(guards));
    }

    public WorkTracking user(Actor actor) {
        users.put(actor.username(), actor);
        return this;
    }

    /** What would have been told to whom. */
    public static final class RecordedAlerts implements WorkAlerts {
        public final List<Reminder> reminded = new ArrayList<>();
        public final List<TaskCopy> escalated = new ArrayList<>();
        public final List<TaskCopy> copied = new ArrayList<>();
        public final List<TaskEvent> handedOver = new ArrayList<>();

        @Override
        public void reminded(WorkItem item, Reminder reminder) {
            reminded.add(reminder);
        }

        @Override
        public void escalated(WorkItem item, TaskCopy copy) {
            escalated.add(copy);
        }

        @Override
        public void copied(WorkItem item, TaskCopy copy) {
            copied.add(copy);
        }

        @Override
        public void handedOver(WorkItem item, TaskEvent event) {
            handedOver.add(event);
        }
    }
}
