package org.fingertip.registry.recheck;

import org.fingertip.registry.shared.Labelled;

/** What started a re-check. */
public enum RecheckTrigger implements Labelled {
    CYCLE("定期复核"),
    CAMPAIGN("专项复核"),
    BURDEN_REPORTS("负担反映集中"),
    SUPERVISOR("督查发起");

    private final String label;

    RecheckTrigger(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
