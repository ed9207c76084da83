package org.fingertip.registry.ledger;

import org.fingertip.registry.shared.Labelled;

/** Where a ledger item stands: OPEN → REPORTED_FIXED → CLOSED, or REPORTED_FIXED → SENT_BACK → REPORTED_FIXED. */
public enum LedgerState implements Labelled {
    /** 待整改: the owner unit must fix it by the deadline. */
    OPEN("待整改"),
    /** 已报整改: the owner reports it fixed, with evidence; a reviewer verifies. */
    REPORTED_FIXED("待核验"),
    /** 退回整改: the reviewer found the fix wanting; the owner must fix it again. */
    SENT_BACK("退回整改"),
    /** 已销号: verified and closed. */
    CLOSED("已销号"),
    /** 已撤销备案: still open after the final deadline; the supervisor revoked the filing. */
    REVOKED("已撤销备案");

    private final String label;

    LedgerState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Still waiting for the owner unit to act. */
    public boolean awaitsOwner() {
        return this == OPEN || this == SENT_BACK;
    }

    public boolean isFinal() {
        return this == CLOSED || this == REVOKED;
    }
}
