package org.fingertip.registry.task;

import org.fingertip.registry.shared.Labelled;

/** Whether a task is open, was completed by someone, or ended without a decision (withdrawn, timed out, revoked). */
public enum WorkState implements Labelled {
    OPEN("待办"),
    DONE("已办"),
    CANCELLED("已终止");

    private final String label;

    WorkState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
