package org.fingertip.web.page.ledger;

import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.workflow.ledger.LedgerWorkflow.OverdueDecision;

/** The forms of the ledger pages as they bind: each keeps what was typed, to be shown again beside its messages. */
public final class LedgerForms {
    private LedgerForms() {
    }

    /** A supervisor's new item: the problem category and what was found. */
    public static class Open {
        private LedgerCategory category;
        private String finding;

        public LedgerCategory getCategory() { return category; }
        public void setCategory(LedgerCategory v) { this.category = v; }
        public String getFinding() { return finding; }
        public void setFinding(String v) { this.finding = v; }
    }

    /** The owner unit's report of the fix. */
    public static class Report {
        private String evidence;

        public String getEvidence() { return evidence; }
        public void setEvidence(String v) { this.evidence = v; }
    }

    /** A reviewer's verification: accepted (销号) or sent back with a comment, and the confirmation. */
    public static class Verify {
        private Boolean accepted;
        private String comment;
        private boolean confirmed;

        public Boolean getAccepted() { return accepted; }
        public void setAccepted(Boolean v) { this.accepted = v; }
        public String getComment() { return comment; }
        public void setComment(String v) { this.comment = v; }
        public boolean isConfirmed() { return confirmed; }
        public void setConfirmed(boolean v) { this.confirmed = v; }
    }

    /** A supervisor's decision on the deadline: extend once, or revoke the filing, with the reason. */
    public static class Overdue {
        private OverdueDecision decision;
        private String reason;

        public OverdueDecision getDecision() { return decision; }
        public void setDecision(OverdueDecision v) { this.decision = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { this.reason = v; }
    }
}
