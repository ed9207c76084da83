package org.fingertip.registry.exit;

import java.util.Collection;

import org.fingertip.registry.recheck.RecheckReason;
import org.fingertip.registry.shared.Labelled;

/** Why an app exits. */
public enum ExitReason implements Labelled {
    ZOMBIE("僵尸应用"),
    EMPTY_SHELL("空壳应用"),
    DUPLICATE("功能重复"),
    INTEGRATED("整合至统一平台"),
    LOW_USE("使用率低"),
    VOLUNTARY("主动退出");

    private final String label;

    ExitReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The reason a re-check's hand-over suggests to the owner's plan: an integration is INTEGRATED; otherwise the
     * gravest of the re-check's reasons (zombie, empty shell, duplicate, low use), else VOLUNTARY (the owner's own
     * proposal).
     */
    public static ExitReason suggestedBy(Collection<RecheckReason> reasons, boolean integration) {
        if (integration) {
            return INTEGRATED;
        }
        if (reasons.contains(RecheckReason.ZOMBIE)) {
            return ZOMBIE;
        }
        if (reasons.contains(RecheckReason.EMPTY_SHELL)) {
            return EMPTY_SHELL;
        }
        if (reasons.contains(RecheckReason.DUPLICATE_APP) || reasons.contains(RecheckReason.PLATFORM_OVERLAP)) {
            return DUPLICATE;
        }
        if (reasons.contains(RecheckReason.LOW_USE)) {
            return LOW_USE;
        }
        return VOLUNTARY;
    }
}
