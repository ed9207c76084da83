package org.fingertip.workflow.recheck;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fingertip.registry.recheck.RecheckService;
import org.springframework.stereotype.Component;

/** Judges the re-check's facts through the decision table and waits for the reviewer. */
@Component("recheckAssessDelegate")
public class RecheckAssessDelegate implements JavaDelegate {
    private final RecheckService rechecks;

    public RecheckAssessDelegate(RecheckService rechecks) {
        this.rechecks = rechecks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object id = execution.getVariable(RecheckProcessVariables.RECHECK_ID);
        if (!(id instanceof Number n)) {
            throw new IllegalStateException("process variable recheckId missing: " + id);
        }
        rechecks.assess(n.longValue());
    }
}
