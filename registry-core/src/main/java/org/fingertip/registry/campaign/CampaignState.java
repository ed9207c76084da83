package org.fingertip.registry.campaign;

import org.fingertip.registry.shared.Labelled;

/** Where a campaign is: its re-checks are being started, or all of them have been (or were skipped). */
public enum CampaignState implements Labelled {
    STARTING("启动中"),
    STARTED("已全部启动");

    private final String label;

    CampaignState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
