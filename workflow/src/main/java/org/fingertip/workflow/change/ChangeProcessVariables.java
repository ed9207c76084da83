package org.fingertip.workflow.change;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Names of AppChangeProcess's variables and its BPMN ids used from code. */
public final class ChangeProcessVariables {
    public static final String PROCESS_KEY = "AppChangeProcess";
    /** Ends the process from any wait state: the owner withdrew the change, or the filing was revoked. */
    public static final String ENDED_MESSAGE = "Message_ChangeEnded";

    public static final String CHANGE_ID = "changeId";
    public static final String APP_ID = "appId";
    public static final String APP_NAME = "appName";
    public static final String APPLICANT_GROUP = "applicantGroup";
    public static final String FIRST_REVIEW_GROUP = "firstReviewGroup";
    public static final String PROVINCIAL_GROUP = "provincialGroup";
    public static final String NEEDS_FIRST_REVIEW = "needsFirstReview";
    public static final String PRE_CHECK_PASSED = "preCheckPassed";
    public static final String DECISION = "decision";
    public static final String REVIEW_ID = "reviewId";

    private ChangeProcessVariables() {
    }

    static long longVar(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (!(value instanceof Number n)) {
            throw new IllegalStateException("process variable " + name + " missing or not a number: " + value);
        }
        return n.longValue();
    }
}
