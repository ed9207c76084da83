package org.fingertip.workflow.filing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fingertip.registry.filing.FilingService;
import org.springframework.stereotype.Component;

/** Gives the approved app its filing number: FILED. */
@Component("fileAppDelegate")
public class FileAppDelegate implements JavaDelegate {
    private final FilingService filingService;

    public FileAppDelegate(FilingService filingService) {
        this.filingService = filingService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        filingService.fileApp(FilingProcessVariables.longVar(execution, FilingProcessVariables.APP_ID),
                FilingProcessVariables.longVar(execution, FilingProcessVariables.REVIEW_ID));
    }
}
