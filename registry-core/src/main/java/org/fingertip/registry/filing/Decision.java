package org.fingertip.registry.filing;

import org.fingertip.registry.shared.Labelled;

/** What a reviewer decides at a review step. */
public enum Decision implements Labelled {
    /** 通过: on to the next step, or filed. */
    APPROVE("通过"),
    /** 退回: back to the applicant with every gap listed at once. */
    RETURN("退回补正"),
    /** 不予备案: refused with a reason. */
    REJECT("不予备案");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
