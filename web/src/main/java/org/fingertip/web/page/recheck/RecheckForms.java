package org.fingertip.web.page.recheck;

import org.fingertip.registry.recheck.Verdict;

/**
 * The forms of the re-check page as they bind, each property named as the core names its field, so that the core's
 * field errors stand beside the input they concern; each keeps what was typed.
 */
public final class RecheckForms {
    private RecheckForms() {
    }

    /** The owner unit's self-inspection (自查自评): the verdict it proposes and its statement. */
    public static class SelfInspection {
        private Verdict proposal;
        private String statement;

        public Verdict getProposal() { return proposal; }
        public void setProposal(Verdict v) { this.proposal = v; }
        public String getStatement() { return statement; }
        public void setStatement(String v) { this.statement = v; }
    }

    /** A reviewer's confirmation: the verdict, and the reason when it differs from the computed one. */
    public static class Confirm {
        private Verdict verdict;
        private String overrideReason;

        public Verdict getVerdict() { return verdict; }
        public void setVerdict(Verdict v) { this.verdict = v; }
        public String getOverrideReason() { return overrideReason; }
        public void setOverrideReason(String v) { this.overrideReason = v; }
    }

    /** The owner unit's appeal against a zombie verdict. */
    public static class Appeal {
        private String text;

        public String getText() { return text; }
        public void setText(String v) { this.text = v; }
    }

    /** A reviewer's decision on the appeal: upheld (kept) or dismissed (handed over to exit), with the reason. */
    public static class AppealDecision {
        private Boolean upheld;
        private String reason;

        public Boolean getUpheld() { return upheld; }
        public void setUpheld(Boolean v) { this.upheld = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { this.reason = v; }
    }
}
