package org.fingertip.workflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fingertip.registry.change.ChangeService;
import org.springframework.stereotype.Component;

/** Applies a reviewer's recorded rejection: the filing stays as it was. */
@Component("changeApplyRejectDelegate")
public class ChangeApplyRejectDelegate implements JavaDelegate {
    private final ChangeService changes;

    public ChangeApplyRejectDelegate(ChangeService changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        changes.applyReject(ChangeProcessVariables.longVar(execution, ChangeProcessVariables.CHANGE_ID),
                ChangeProcessVariables.longVar(execution, ChangeProcessVariables.REVIEW_ID));
    }
}
