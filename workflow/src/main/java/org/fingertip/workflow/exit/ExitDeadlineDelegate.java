package org.fingertip.workflow.exit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fingertip.registry.exit.ExitService;
import org.springframework.stereotype.Component;

/** A directed exit's deadline came: an app not yet offline is recorded overdue and escalated once. */
@Component("exitDeadlineDelegate")
public class ExitDeadlineDelegate implements JavaDelegate {
    private final ExitService exits;

    public ExitDeadlineDelegate(ExitService exits) {
        this.exits = exits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object id = execution.getVariable(ExitProcessVariables.EXIT_ID);
        if (!(id instanceof Number n)) {
            throw new IllegalStateException("process variable exitId missing: " + id);
        }
        exits.deadlineReached(n.longValue());
    }
}
