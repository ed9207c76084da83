package org.fingertip.registry.exit;

import org.fingertip.registry.shared.Labelled;

/** What started an exit. */
public enum ExitTrigger implements Labelled {
    RECHECK_VERDICT("复核结论"),
    SUPERVISOR_DIRECTION("督查限期关停"),
    OWNER("主办单位申请");

    private final String label;

    ExitTrigger(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
