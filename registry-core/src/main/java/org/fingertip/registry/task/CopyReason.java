package org.fingertip.registry.task;

import org.fingertip.registry.shared.Labelled;

/** Why a task was copied (抄送) to someone for information. */
public enum CopyReason implements Labelled {
    ESCALATION("逾期升级督办"),
    DECISION("审核决定告知");

    private final String label;

    CopyReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
