package org.fingertip.workflow.recheck;

/** Names of RecheckProcess's variables and its BPMN ids used from code. */
public final class RecheckProcessVariables {
    public static final String PROCESS_KEY = "RecheckProcess";
    public static final String APPEAL_MESSAGE = "Message_RecheckAppeal";
    public static final String WINDOW_TIMER = "TimerEvent_WindowEnds";
    public static final String SELF_INSPECTION_TIMER = "BoundaryEvent_SelfInspectionDue";

    public static final String RECHECK_ID = "recheckId";
    public static final String APP_ID = "appId";
    public static final String APP_NAME = "appName";
    public static final String OWNER_GROUP = "ownerGroup";
    public static final String REVIEWER_GROUP = "reviewerGroup";
    public static final String SELF_INSPECTION_DUE = "selfInspectionDue";
    /** After the confirmation: the re-check's state, CONCLUDED or ZOMBIE_WINDOW. */
    public static final String RECHECK_STATE = "recheckState";
    public static final String WINDOW_ENDS = "windowEnds";

    private RecheckProcessVariables() {
    }
}
