package org.fingertip.workflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fingertip.registry.change.ChangeService;
import org.springframework.stereotype.Component;

/** Applies the provincial approval: the app takes the new form and keeps its number. */
@Component("changeApproveDelegate")
public class ChangeApproveDelegate implements JavaDelegate {
    private final ChangeService changes;

    public ChangeApproveDelegate(ChangeService changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        changes.approve(ChangeProcessVariables.longVar(execution, ChangeProcessVariables.CHANGE_ID),
                ChangeProcessVariables.longVar(execution, ChangeProcessVariables.REVIEW_ID));
    }
}
