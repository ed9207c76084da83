package org.fingertip.workflow.exit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fingertip.registry.exit.ExitService;
import org.springframework.stereotype.Component;

/** The offline date came: the owner is to delist the app and stop its service. */
@Component("exitNoticeEndedDelegate")
public class ExitNoticeEndedDelegate implements JavaDelegate {
    private final ExitService exits;

    public ExitNoticeEndedDelegate(ExitService exits) {
        this.exits = exits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object id = execution.getVariable(ExitProcessVariables.EXIT_ID);
        if (!(id instanceof Number n)) {
            throw new IllegalStateException("process variable exitId missing: " + id);
        }
        exits.noticeEnded(n.longValue());
    }
}
