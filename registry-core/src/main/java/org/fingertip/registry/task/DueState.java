package org.fingertip.registry.task;

import java.time.Instant;

import org.fingertip.registry.shared.Labelled;

/** Where a task stands against its due date: on time, due soon (its reminder date has come), or overdue. */
public enum DueState implements Labelled {
    ON_TIME("按期"),
    DUE_SOON("即将到期"),
    OVERDUE("已逾期");

    private final String label;

    DueState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The state at {@code now}; a task with no due date is on time. */
    public static DueState of(Instant now, Instant followUp, Instant due) {
        if (due != null && now.isAfter(due)) {
            return OVERDUE;
        }
        if (followUp != null && !now.isBefore(followUp)) {
            return DUE_SOON;
        }
        return ON_TIME;
    }
}
