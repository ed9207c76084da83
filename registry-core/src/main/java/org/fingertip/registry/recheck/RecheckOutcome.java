package org.fingertip.registry.recheck;

import org.fingertip.registry.shared.Labelled;

/** How a concluded re-check left the app. */
public enum RecheckOutcome implements Labelled {
    /** 保留: back to FILED (or REGISTERED). */
    KEPT("保留"),
    /** 限期整改: RECTIFYING, with one ledger item per reason. */
    RECTIFYING("限期整改"),
    /** 整合: INTEGRATING; the integration is a later process. */
    INTEGRATION_HANDED_OVER("移交整合"),
    /** 关停退出: the app stays UNDER_RECHECK until the clearance process takes it over. */
    EXIT_HANDED_OVER("移交清理退出");

    private final String label;

    RecheckOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
