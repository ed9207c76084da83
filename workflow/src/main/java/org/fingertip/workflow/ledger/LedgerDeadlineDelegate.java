package org.fingertip.workflow.ledger;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fingertip.registry.ledger.LedgerService;
import org.springframework.stereotype.Component;

/** The deadline passed: escalates an item still waiting for its owner, and tells the gateway whether it did. */
@Component("ledgerDeadlineDelegate")
public class LedgerDeadlineDelegate implements JavaDelegate {
    private final LedgerService ledger;

    public LedgerDeadlineDelegate(LedgerService ledger) {
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object itemId = execution.getVariable(LedgerProcessVariables.ITEM_ID);
        if (!(itemId instanceof Number n)) {
            throw new IllegalStateException("process variable itemId missing: " + itemId);
        }
        execution.setVariable(LedgerProcessVariables.ESCALATED, ledger.deadlinePassed(n.longValue()));
    }
}
