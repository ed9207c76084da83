package org.fingertip.registry.notice;

import org.fingertip.registry.shared.Labelled;

/** What a notice tells. One event posts at most one notice of a kind about a subject to each recipient. */
public enum NoticeKind implements Labelled {
    /** 自查逾期: the owner unit did not answer a re-check's self-inspection in time (escalated to the supervisors). */
    SELF_INSPECTION_MISSED("复核自查逾期"),
    /** 限期关停逾期: a directed exit's deadline passed before the app went offline (escalated to the supervisors). */
    EXIT_DEADLINE_MISSED("限期关停逾期"),
    /** 注销逾期: the owner did not file the deregistration in time after going offline. */
    DEREGISTRATION_OVERDUE("注销申请逾期"),
    /** 撤销备案: the filing of an app was revoked (to the owner unit's applicants). */
    FILING_REVOKED("备案已撤销"),
    /**
     * 逾期未备案: an app found live by the inventory is still not filed after its filing deadline; put on the ledger and
     * proposed to the supervisors for a directed exit (限期关停).
     */
    FILING_OVERDUE("逾期未备案，建议定向退出");

    private final String label;

    NoticeKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
