package org.fingertip.registry.campaign;

import org.fingertip.registry.shared.Labelled;

/** One sampled app of a campaign: waiting for its batch, its re-check started, or skipped with a reason. */
public enum MemberState implements Labelled {
    PENDING("待启动"),
    STARTED("已启动"),
    SKIPPED("已跳过");

    private final String label;

    MemberState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
