package org.fingertip.registry.task;

import org.fingertip.registry.shared.Labelled;

/** What happened to a task. */
public enum TaskEventKind implements Labelled {
    CREATED("生成待办"),
    CLAIMED("签收"),
    UNCLAIMED("退回签收"),
    TRANSFERRED("转办"),
    DELEGATED("委派"),
    RESOLVED("委派办结交回"),
    COMPLETED("办结"),
    CANCELLED("终止"),
    ESCALATED("逾期升级督办"),
    RESCHEDULED("期限重算");

    private final String label;

    TaskEventKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
