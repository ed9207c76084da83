package org.fingertip.workflow.ledger;

/** Names of LedgerItemProcess's variables and its BPMN ids used from code. */
public final class LedgerProcessVariables {
    public static final String PROCESS_KEY = "LedgerItemProcess";
    public static final String SENT_BACK_MESSAGE = "Message_LedgerSentBack";
    public static final String DEADLINE_TIMER = "TimerEvent_Deadline";
    /** Ends the item's process from any wait state: the app's filing was revoked (through another item or a decision). */
    public static final String FILING_REVOKED_MESSAGE = "Message_LedgerFilingRevoked";

    public static final String ITEM_ID = "itemId";
    public static final String APP_ID = "appId";
    public static final String APP_NAME = "appName";
    public static final String DEADLINE = "deadline";
    public static final String OWNER_GROUP = "ownerGroup";
    public static final String VERIFIER_GROUP = "verifierGroup";
    public static final String SUPERVISOR_GROUP = "supervisorGroup";
    public static final String ACCEPTED = "accepted";
    public static final String ESCALATED = "escalated";
    public static final String OVERDUE_DECISION = "overdueDecision";

    private LedgerProcessVariables() {
    }
}
