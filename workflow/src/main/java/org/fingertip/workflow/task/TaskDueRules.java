package org.fingertip.workflow.task;

import java.util.EnumMap;
import java.util.Map;

/**
 * The durations table of DOMAIN.md as it applies to human tasks: one rule per task type; a type without a rule of
 * its own gets "any other human task" (5 working days by default).
 */
public final class TaskDueRules {
    /** The rules and the default together, replaced at once when an administrator changes the durations. */
    private record Table(Map<TaskType, DueRule> rules, DueRule otherTask) {
    }

    private volatile Table table;

    public TaskDueRules(Map<TaskType, DueRule> rules, int otherTaskWorkingDays) {
        this.table = new Table(rules.isEmpty() ? new EnumMap<>(TaskType.class) : new EnumMap<>(rules),
                DueRule.workingDays(otherTaskWorkingDays));
    }

    public DueRule of(TaskType type) {
        Table t = table;
        return t.rules().getOrDefault(type, t.otherTask());
    }

    /** Takes the rules of {@code other} from now on: tasks created after this count with them (on this node). */
    public void apply(TaskDueRules other) {
        this.table = other.table;
    }

    /**
     * The rules with the given durations: the filing's reviews and resubmission (also for change filings), the
     * exit's plan and migration report, the self-inspection, a ledger item's deadline and the deregistration date.
     */
    public static TaskDueRules of(int firstReviewDays, int provincialReviewDays, int resubmitDays, int exitPlanDays,
                                  int otherTaskDays) {
        Map<TaskType, DueRule> rules = new EnumMap<>(TaskType.class);
        rules.put(TaskType.FIRST_REVIEW, DueRule.workingDays(firstReviewDays));
        rules.put(TaskType.CHANGE_FIRST_REVIEW, DueRule.workingDays(firstReviewDays));
        rules.put(TaskType.PROVINCIAL_REVIEW, DueRule.workingDays(provincialReviewDays));
        rules.put(TaskType.CHANGE_PROVINCIAL_REVIEW, DueRule.workingDays(provincialReviewDays));
        rules.put(TaskType.REVISE, DueRule.workingDays(resubmitDays));
        rules.put(TaskType.CHANGE_REVISE, DueRule.workingDays(resubmitDays));
        rules.put(TaskType.EXIT_PLAN, DueRule.workingDays(exitPlanDays));
        rules.put(TaskType.REPORT_MIGRATION, DueRule.workingDays(exitPlanDays));
        rules.put(TaskType.SELF_INSPECTION, DueRule.variable("selfInspectionDue"));
        rules.put(TaskType.FIX_ITEM, DueRule.variable("deadline"));
        rules.put(TaskType.FILE_DEREGISTRATION, DueRule.variable("deregistrationDue"));
        return new TaskDueRules(rules, otherTaskDays);
    }
}
