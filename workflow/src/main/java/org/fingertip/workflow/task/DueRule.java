package org.fingertip.workflow.task;

/**
 * How a human task's due date is found: a number of working days from its creation (the durations table), or a date
 * the process already holds in a variable (a ledger item's deadline, the deregistration date after going offline).
 */
public record DueRule(Integer workingDays, String variable) {

    public DueRule {
        if ((workingDays == null) == (variable == null)) {
            throw new IllegalArgumentException("a due rule is either working days or a variable");
        }
        if (workingDays != null && workingDays < 1) {
            throw new IllegalArgumentException("a task needs at least one working day: " + workingDays);
        }
    }

    public static DueRule workingDays(int days) {
        return new DueRule(days, null);
    }

    public static DueRule variable(String name) {
        return new DueRule(null, name);
    }
}
