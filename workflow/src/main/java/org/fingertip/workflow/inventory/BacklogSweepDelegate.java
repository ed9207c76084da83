package org.fingertip.workflow.inventory;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fingertip.registry.inventory.BacklogSweep;
import org.springframework.stereotype.Component;

/** One batch of the backlog sweep, in its own job and transaction; tells the process whether to run another. */
@Component("backlogSweepDelegate")
public class BacklogSweepDelegate implements JavaDelegate {
    /** The process variable the gateway reads: another batch may find more. */
    public static final String MORE = "more";

    private final BacklogSweepWorkflow workflow;

    public BacklogSweepDelegate(BacklogSweepWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BacklogSweep.Batch batch = workflow.runBatch();
        Object before = execution.getVariable("swept");
        int total = (before instanceof Number n ? n.intValue() : 0) + batch.swept();
        execution.setVariable("swept", total);
        execution.setVariable(MORE, batch.more());
    }
}
