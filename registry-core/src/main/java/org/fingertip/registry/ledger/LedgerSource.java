package org.fingertip.registry.ledger;

import org.fingertip.registry.shared.Labelled;

/** Where a finding came from. */
public enum LedgerSource implements Labelled {
    /** A re-check verdict (回头看). */
    RECHECK("定期复核"),
    /** Burden reports from the grassroots passed the threshold (评价反馈). */
    EVALUATION("评价反馈"),
    /** A supervisor found it. */
    SUPERVISOR("督查发现"),
    /** The inventory of apps already live (存量清查): the backlog sweep found one past its filing deadline. */
    INVENTORY("存量清查");

    private final String label;

    LedgerSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
