package org.fingertip.workflow.task;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.fingertip.registry.task.TaskDeadlines;
import org.springframework.stereotype.Component;

/**
 * The due and reminder dates of every user task, as its BPMN reads them ({@code ${taskDeadlines.dueAt(execution)}}
 * for the task's due date and its overdue timer, {@code followUpAt} for its follow-up date and reminder timer).
 * The engine asks for them when the task's scope starts (its timers) and again when it creates the task; the first
 * answer is kept on the task's own execution for the rest of that transaction, so the timers and the task always
 * agree. A task returned (退回) and created anew runs in a new execution and gets new dates and new timers.
 */
@Component("taskDeadlines")
public class TaskDueDates {
    static final String DUE = "ft_taskDue";
    static final String FOLLOW_UP = "ft_taskFollowUp";
    static final String WORKING_DAYS = "ft_taskWorkingDays";
    static final String COUNTED_FROM = "ft_taskCountedFrom";

    private final TaskDeadlines deadlines;
    private final TaskDueRules rules;
    private final Clock clock;

    public TaskDueDates(TaskDeadlines deadlines, TaskDueRules rules, Clock clock) {
        this.deadlines = deadlines;
        this.rules = rules;
        this.clock = clock;
    }

    public Date dueAt(DelegateExecution execution) {
        if (execution.getVariableLocal(DUE) instanceof Date cached) {
            return cached;
        }
        Instant now = clock.instant();
        TaskType type = TaskType.ofDefinitionKey(execution.getCurrentActivityId()).orElseThrow(() ->
                new IllegalStateException("no due rule for " + execution.getCurrentActivityId()));
        DueRule rule = rules.of(type);
        Instant due = null;
        if (rule.variable() != null && execution.getVariable(rule.variable()) instanceof Date given) {
            due = given.toInstant();
        }
        if (due == null) {
            int days = rule.workingDays() != null ? rule.workingDays()
                    : deadlines.settings().otherTaskWorkingDays();
            due = deadlines.due(now, days);
            execution.setVariableLocal(WORKING_DAYS, Variables.integerValue(days, true));
        }
        Date dueDate = Date.from(due);
        execution.setVariableLocal(COUNTED_FROM, Variables.dateValue(Date.from(now), true));
        execution.setVariableLocal(DUE, Variables.dateValue(dueDate, true));
        execution.setVariableLocal(FOLLOW_UP,
                Variables.dateValue(Date.from(deadlines.followUp(now, due)), true));
        return dueDate;
    }

    public Date followUpAt(DelegateExecution execution) {
        dueAt(execution);
        return (Date) execution.getVariableLocal(FOLLOW_UP);
    }

    /** The moment the task's dates were counted from (its creation on the application's clock), if they were. */
    static Date countedFrom(DelegateExecution execution) {
        return execution.getVariableLocal(COUNTED_FROM) instanceof Date from ? from : null;
    }

    /** The working days the task was given, if its due date was counted so (for recomputing it on a new calendar). */
    static Integer workingDaysOf(DelegateExecution execution) {
        return execution.getVariableLocal(WORKING_DAYS) instanceof Integer days ? days : null;
    }
}
