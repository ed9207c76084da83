package org.fingertip.registry.recheck;

import org.fingertip.registry.shared.Labelled;

/** Where one app's re-check stands. */
public enum RecheckState implements Labelled {
    /** 自查自评: the owner unit answers the self-inspection. */
    SELF_INSPECTION("自查自评"),
    /** 待确认: the facts are assessed; a reviewer confirms the verdict. */
    AWAITING_CONFIRMATION("待确认结论"),
    /** 僵尸整改窗口: a zombie's owner may update the app or appeal before exit starts. */
    ZOMBIE_WINDOW("僵尸应用申辩期"),
    /** 申辩待决: the owner appealed; a reviewer decides. */
    APPEAL_PENDING("申辩待决"),
    /** 已办结. */
    CONCLUDED("已办结");

    private final String label;

    RecheckState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == CONCLUDED;
    }
}
