package org.fingertip.workflow.filing;

/** Names of AppFilingProcess's variables and its BPMN ids used from code. */
public final class FilingProcessVariables {
    public static final String PROCESS_KEY = "AppFilingProcess";
    public static final String WITHDRAW_MESSAGE = "Message_Withdraw";

    public static final String APP_ID = "appId";
    public static final String APP_NAME = "appName";
    public static final String APPLICANT_GROUP = "applicantGroup";
    public static final String FIRST_REVIEW_GROUP = "firstReviewGroup";
    public static final String PROVINCIAL_GROUP = "provincialGroup";
    public static final String NEEDS_FIRST_REVIEW = "needsFirstReview";
    public static final String PRE_CHECK_PASSED = "preCheckPassed";
    public static final String DECISION = "decision";
    public static final String REVIEW_ID = "reviewId";

    private FilingProcessVariables() {
    }

    static long longVar(org.camunda.bpm.engine.delegate.VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (!(value instanceof Number n)) {
            throw new IllegalStateException("process variable " + name + " missing or not a number: " + value);
        }
        return n.longValue();
    }
}
