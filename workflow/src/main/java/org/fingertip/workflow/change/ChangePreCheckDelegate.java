package org.fingertip.workflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fingertip.registry.change.ChangeService;
import org.springframework.stereotype.Component;

/** Runs the pre-check on the proposed form and tells the gateway whether the change goes on to review. */
@Component("changePreCheckDelegate")
public class ChangePreCheckDelegate implements JavaDelegate {
    private final ChangeService changes;

    public ChangePreCheckDelegate(ChangeService changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean passed = changes.preCheck(ChangeProcessVariables.longVar(execution, ChangeProcessVariables.CHANGE_ID));
        execution.setVariable(ChangeProcessVariables.PRE_CHECK_PASSED, passed);
    }
}
