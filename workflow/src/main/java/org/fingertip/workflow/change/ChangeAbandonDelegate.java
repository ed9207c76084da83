package org.fingertip.workflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fingertip.registry.change.ChangeService;
import org.springframework.stereotype.Component;

/** The revision deadline passed: the change counts as abandoned, the filing stays as it was. */
@Component("changeAbandonDelegate")
public class ChangeAbandonDelegate implements JavaDelegate {
    private final ChangeService changes;

    public ChangeAbandonDelegate(ChangeService changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        changes.abandon(ChangeProcessVariables.longVar(execution, ChangeProcessVariables.CHANGE_ID));
    }
}
