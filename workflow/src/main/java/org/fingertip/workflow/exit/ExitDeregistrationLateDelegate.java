package org.fingertip.workflow.exit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fingertip.registry.exit.ExitService;
import org.springframework.stereotype.Component;

/** The deregistration's due date passed: recorded and escalated to the supervisors once (a retried job posts nothing twice). */
@Component("exitDeregistrationLateDelegate")
public class ExitDeregistrationLateDelegate implements JavaDelegate {
    private final ExitService exits;

    public ExitDeregistrationLateDelegate(ExitService exits) {
        this.exits = exits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object id = execution.getVariable(ExitProcessVariables.EXIT_ID);
        if (!(id instanceof Number n)) {
            throw new IllegalStateException("process variable exitId missing: " + id);
        }
        exits.deregistrationOverdue(n.longValue());
    }
}
