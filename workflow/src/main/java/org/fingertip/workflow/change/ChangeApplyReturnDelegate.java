package org.fingertip.workflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fingertip.registry.change.ChangeService;
import org.springframework.stereotype.Component;

/** Applies a reviewer's recorded return: the change goes back to the owner with every gap. */
@Component("changeApplyReturnDelegate")
public class ChangeApplyReturnDelegate implements JavaDelegate {
    private final ChangeService changes;

    public ChangeApplyReturnDelegate(ChangeService changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        changes.applyReturn(ChangeProcessVariables.longVar(execution, ChangeProcessVariables.CHANGE_ID),
                ChangeProcessVariables.longVar(execution, ChangeProcessVariables.REVIEW_ID));
    }
}
