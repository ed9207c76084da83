package org.fingertip.registry.filing;

/** What a reviewer decides at a review step. */
public enum Decision {
    /** 通过: on to the next step, or filed. */
    APPROVE,
    /** 退回: back to the applicant with every gap listed at once. */
    RETURN,
    /** 不予备案: refused with a reason. */
    REJECT
}
