package org.fingertip.workflow.recheck;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fingertip.registry.recheck.RecheckService;
import org.springframework.stereotype.Component;

/**
 * The self-inspection's due date passed without an answer: records the lateness and escalates it to the supervisors
 * of the owner's jurisdiction (a notice). Safe to run again when the timer's job is retried.
 */
@Component("recheckSelfInspectionMissedDelegate")
public class RecheckSelfInspectionMissedDelegate implements JavaDelegate {
    private final RecheckService rechecks;

    public RecheckSelfInspectionMissedDelegate(RecheckService rechecks) {
        this.rechecks = rechecks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object id = execution.getVariable(RecheckProcessVariables.RECHECK_ID);
        if (!(id instanceof Number n)) {
            throw new IllegalStateException("process variable recheckId missing: " + id);
        }
        rechecks.selfInspectionMissed(n.longValue());
    }
}
