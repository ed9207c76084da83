package org.fingertip.workflow.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fingertip.registry.task.WorkService;
import org.springframework.stereotype.Component;

/**
 * The overdue timer of a user task (its due date), non-interrupting: the holder is reminded, the supervisors of the
 * jurisdiction get the escalation as a copy, and the task stays where it is.
 */
@Component("taskOverdueListener")
public class TaskOverdueListener implements TaskListener {
    private final WorkService work;

    public TaskOverdueListener(WorkService work) {
        this.work = work;
    }

    @Override
    public void notify(DelegateTask task) {
        work.overdue(task.getId());
    }
}
