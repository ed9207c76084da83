package org.fingertip.workflow.filing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fingertip.registry.filing.FilingService;
import org.springframework.stereotype.Component;

/** Applies a reviewer's recorded return: the app goes back to its unit with every gap. */
@Component("applyReturnDelegate")
public class ApplyReturnDelegate implements JavaDelegate {
    private final FilingService filingService;

    public ApplyReturnDelegate(FilingService filingService) {
        this.filingService = filingService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        filingService.applyReturn(FilingProcessVariables.longVar(execution, FilingProcessVariables.APP_ID),
                FilingProcessVariables.longVar(execution, FilingProcessVariables.REVIEW_ID));
    }
}
