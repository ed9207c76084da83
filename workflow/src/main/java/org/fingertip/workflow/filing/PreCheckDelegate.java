package org.fingertip.workflow.filing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fingertip.registry.filing.FilingService;
import org.springframework.stereotype.Component;

/** Runs the pre-check and tells the gateway whether the case goes on to review. */
@Component("preCheckDelegate")
public class PreCheckDelegate implements JavaDelegate {
    private final FilingService filingService;

    public PreCheckDelegate(FilingService filingService) {
        this.filingService = filingService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean passed = filingService.preCheck(FilingProcessVariables.longVar(execution, FilingProcessVariables.APP_ID));
        execution.setVariable(FilingProcessVariables.PRE_CHECK_PASSED, passed);
    }
}
