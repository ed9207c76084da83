package org.fingertip.registry.task;

import org.fingertip.registry.shared.Labelled;

/** Why a reminder (催办) went out: the due date is near, it has passed, or someone urged the task by hand. */
public enum ReminderKind implements Labelled {
    DUE_SOON("到期提醒"),
    OVERDUE("逾期催办"),
    URGE("人工催办");

    private final String label;

    ReminderKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
