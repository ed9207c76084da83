package org.fingertip.registry.change;

import org.fingertip.registry.shared.Labelled;

/**
 * Where a change filing stands. UNDER_REVIEW and RETURNED are open (an app has at most one open change); the rest are
 * final.
 *
 * <pre>
 * UNDER_REVIEW ─approve→ APPROVED
 *   │  │  └reject→ REJECTED
 *   │  └return (pre-check or reviewer)→ RETURNED ─revise→ UNDER_REVIEW
 *   │                                      └(no revision in time)→ ABANDONED
 *   └withdraw (also from RETURNED)→ WITHDRAWN;   any open ─filing revoked→ ENDED
 * </pre>
 */
public enum ChangeState implements Labelled {
    /** 审核中: filed (or revised) and in review. */
    UNDER_REVIEW("审核中"),
    /** 已退回: returned with every gap listed at once; the owner may revise and resubmit within the deadline. */
    RETURNED("已退回"),
    /** 已通过: approved; the new form is the app's, the filing number kept. */
    APPROVED("已通过"),
    /** 不予变更: rejected with a reason; the filing stays as it was. */
    REJECTED("不予变更"),
    /** 已撤回: the owner took the change back before a decision. */
    WITHDRAWN("已撤回"),
    /** 视为放弃: returned and not revised in time. */
    ABANDONED("视为放弃"),
    /** 已终止: the filing was revoked while the change was open. */
    ENDED("已终止");

    private final String label;

    ChangeState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Not yet decided: the app is CHANGE_UNDER_REVIEW while its change is in one of these. */
    public boolean isOpen() {
        return this == UNDER_REVIEW || this == RETURNED;
    }
}
