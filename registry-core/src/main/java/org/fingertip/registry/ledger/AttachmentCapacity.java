package org.fingertip.registry.ledger;

import java.util.EnumSet;
import java.util.Set;

import org.fingertip.registry.shared.Labelled;

/**
 * In what capacity someone attaches a file to a ledger item, and so while which states: the owner unit brings the
 * evidence of its fix while the item waits for it; the verifying reviewer brings what it found while the fix is being
 * verified; the supervisor brings evidence of the finding or its decisions while the item is not finished. Once the
 * item is closed or revoked its record is complete and nothing more is attached.
 */
public enum AttachmentCapacity implements Labelled {
    /** 主办单位: the owner unit's applicant, for the evidence of the fix (before reporting it). */
    OWNER("主办单位", EnumSet.of(LedgerState.OPEN, LedgerState.SENT_BACK),
            "整改已报告、正在核验；如被退回整改，可再补充佐证"),
    /** 核验审核员: a reviewer of the verifying office, for what verification found. */
    VERIFIER("核验审核员", EnumSet.of(LedgerState.REPORTED_FIXED), "核验佐证只能在待核验时上传"),
    /** 督查员: a supervisor of the jurisdiction, for the finding and the decisions on the deadline. */
    SUPERVISOR("督查员", EnumSet.of(LedgerState.OPEN, LedgerState.REPORTED_FIXED, LedgerState.SENT_BACK),
            "事项已办结");

    private final String label;
    private final Set<LedgerState> states;
    private final String whenRefused;

    AttachmentCapacity(String label, Set<LedgerState> states, String whenRefused) {
        this.label = label;
        this.states = states;
        this.whenRefused = whenRefused;
    }

    /** Why this capacity may not attach in the other states, for the refusal. */
    String whenRefused() {
        return whenRefused;
    }

    public boolean allows(LedgerState state) {
        return states.contains(state);
    }

    @Override
    public String label() {
        return label;
    }
}
