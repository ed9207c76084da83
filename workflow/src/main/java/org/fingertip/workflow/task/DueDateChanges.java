package org.fingertip.workflow.task;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.task.TaskDeadlines;
import org.fingertip.registry.task.TaskEventKind;
import org.fingertip.registry.task.WorkItem;
import org.fingertip.registry.task.WorkItems;
import org.fingertip.registry.task.WorkService;
import org.springframework.stereotype.Component;

/**
 * Moves the due date of an open task, and everything that keys on it: the task's due and follow-up dates in the
 * engine, its timers (the reminder, the overdue escalation, and a deadline timer on its boundary that fires with the
 * due date), and the work record; the change is in the task's history. Used when a deadline is extended and when a
 * new year's holiday arrangement changes what a working-day deadline counts.
 */
@Component
public class DueDateChanges {
    /** Timers are compared at the precision of the database (whole seconds on MySQL). */
    private static final long SAME_MOMENT_MILLIS = 1000;

    private final TaskService taskService;
    private final ManagementService managementService;
    private final WorkItems items;
    private final WorkService work;
    private final TaskDeadlines deadlines;

    public DueDateChanges(TaskService taskService, ManagementService managementService, WorkItems items,
                          WorkService work, TaskDeadlines deadlines) {
        this.taskService = taskService;
        this.managementService = managementService;
        this.items = items;
        this.work = work;
        this.deadlines = deadlines;
    }

    /** Gives the open task a new due date; false when it has ended or the date is the same. */
    public boolean move(String taskId, Instant newDue, Actor actor, String why) {
        WorkItem item = items.byId(taskId).orElse(null);
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (item == null || task == null || !item.isOpen()) {
            return false;
        }
        Instant oldDue = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        Instant oldFollowUp = task.getFollowUpDate() == null ? null : task.getFollowUpDate().toInstant();
        if (newDue.equals(oldDue)) {
            return false;
        }
        Instant newFollowUp = deadlines.followUp(item.created(), newDue);
        task.setDueDate(Date.from(newDue));
        task.setFollowUpDate(Date.from(newFollowUp));
        taskService.saveTask(task);
        for (Job job : managementService.createJobQuery().executionId(task.getExecutionId()).timers().list()) {
            Instant at = job.getDuedate().toInstant();
            if (same(at, oldDue)) {
                managementService.setJobDuedate(job.getId(), Date.from(newDue));
            } else if (same(at, oldFollowUp)) {
                managementService.setJobDuedate(job.getId(), Date.from(newFollowUp));
            }
        }
        items.reschedule(taskId, newDue, newFollowUp);
        work.record(item, TaskEventKind.RESCHEDULED, actor, null,
                why + "：期限 " + TaskDeadlines.day(oldDue == null ? newDue : oldDue) + " → " + TaskDeadlines.day(newDue));
        return true;
    }

    private static boolean same(Instant a, Instant b) {
        return a != null && b != null && Math.abs(a.toEpochMilli() - b.toEpochMilli()) < SAME_MOMENT_MILLIS;
    }
}
