package org.fingertip.workflow.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fingertip.registry.task.WorkService;
import org.springframework.stereotype.Component;

/** The reminder timer of a user task (its follow-up date): the holder is told the task is due soon. */
@Component("taskReminderListener")
public class TaskReminderListener implements TaskListener {
    private final WorkService work;

    public TaskReminderListener(WorkService work) {
        this.work = work;
    }

    @Override
    public void notify(DelegateTask task) {
        work.dueSoon(task.getId());
    }
}
