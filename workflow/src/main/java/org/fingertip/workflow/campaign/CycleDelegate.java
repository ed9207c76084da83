package org.fingertip.workflow.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The periodic re-check's run, woken by RecheckCycleProcess's timer. */
@Component("recheckCycleDelegate")
public class CycleDelegate implements JavaDelegate {
    private final CycleWorkflow workflow;

    public CycleDelegate(CycleWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CycleWorkflow.Run run = workflow.runOnce();
        execution.setVariable("scheduled", run.scheduled());
        execution.setVariable("started", run.started());
        execution.setVariable("skipped", run.skipped());
    }
}
