package org.fingertip.workflow.recheck;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The zombie window ended without an appeal: judges the facts again; still a zombie is handed over to exit, else kept. */
@Component("recheckWindowClosedDelegate")
public class RecheckWindowClosedDelegate implements JavaDelegate {
    private final RecheckWorkflow rechecks;

    public RecheckWindowClosedDelegate(RecheckWorkflow rechecks) {
        this.rechecks = rechecks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object id = execution.getVariable(RecheckProcessVariables.RECHECK_ID);
        if (!(id instanceof Number n)) {
            throw new IllegalStateException("process variable recheckId missing: " + id);
        }
        rechecks.windowClosed(n.longValue());
    }
}
