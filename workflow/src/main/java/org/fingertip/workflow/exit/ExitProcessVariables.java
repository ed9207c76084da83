package org.fingertip.workflow.exit;

/** Names of AppExitProcess's variables and its BPMN ids used from code. */
public final class ExitProcessVariables {
    public static final String PROCESS_KEY = "AppExitProcess";
    public static final String NOTICE_TIMER = "Timer_NoticePeriod";
    public static final String DEADLINE_TIMER = "Timer_Deadline";
    public static final String DEREGISTRATION_TIMER = "BoundaryEvent_DeregistrationDue";

    public static final String EXIT_ID = "exitId";
    public static final String APP_ID = "appId";
    public static final String APP_NAME = "appName";
    public static final String OWNER_GROUP = "ownerGroup";
    public static final String REVIEWER_GROUP = "reviewerGroup";
    /** Whether a supervisor set a deadline; then {@link #DEADLINE_AT} is its end. */
    public static final String DIRECTED = "directed";
    public static final String DEADLINE_AT = "deadlineAt";
    /** After the plan's review: RETURNED, MIGRATION (an integration) or NOTICE (published). */
    public static final String PLAN_OUTCOME = "planOutcome";
    public static final String MIGRATION_ACCEPTED = "migrationAccepted";
    /** The start of the offline date, when the notice period ends. */
    public static final String OFFLINE_AT = "offlineAt";
    public static final String DEREGISTRATION_DUE = "deregistrationDue";
    public static final String VERIFIED = "verified";

    private ExitProcessVariables() {
    }
}
