package org.fingertip.workflow.filing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fingertip.registry.filing.FilingService;
import org.springframework.stereotype.Component;

/** Applies a reviewer's recorded rejection. */
@Component("applyRejectDelegate")
public class ApplyRejectDelegate implements JavaDelegate {
    private final FilingService filingService;

    public ApplyRejectDelegate(FilingService filingService) {
        this.filingService = filingService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        filingService.applyReject(FilingProcessVariables.longVar(execution, FilingProcessVariables.APP_ID),
                FilingProcessVariables.longVar(execution, FilingProcessVariables.REVIEW_ID));
    }
}
