package org.fingertip.workflow.filing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fingertip.registry.filing.FilingService;
import org.springframework.stereotype.Component;

/** The resubmission deadline passed: the application counts as abandoned. */
@Component("abandonDelegate")
public class AbandonDelegate implements JavaDelegate {
    private final FilingService filingService;

    public AbandonDelegate(FilingService filingService) {
        this.filingService = filingService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        filingService.abandon(FilingProcessVariables.longVar(execution, FilingProcessVariables.APP_ID));
    }
}
