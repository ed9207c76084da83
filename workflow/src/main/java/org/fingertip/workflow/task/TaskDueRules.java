package org.fingertip.workflow.task;

import java.util.EnumMap;
import java.util.Map;

/**
 * The durations table of DOMAIN.md as it applies to human tasks: one rule per task type; a type without a rule of
 * its own gets "any other human task" (5 working days by default).
 */
public final class TaskDueRules {
    private final Map<TaskType, DueRule> rules;
    private final DueRule otherTask;

    public TaskDueRules(Map<TaskType, DueRule> rules, int otherTaskWorkingDays) {
        this.rules = rules.isEmpty() ? new EnumMap<>(TaskType.class) : new EnumMap<>(rules);
        this.otherTask = DueRule.workingDays(otherTaskWorkingDays);
    }

    public DueRule of(TaskType type) {
        return rules.getOrDefault(type, otherTask);
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
