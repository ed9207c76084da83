package org.fingertip.workflow.task;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.registry.task.WorkService;
import org.springframework.stereotype.Component;

/**
 * Completes a user task on a decision, for every process: a task out on delegation is refused (its delegate resolves
 * it first and its owner decides), and who decided what is recorded with the task and copied to the owner unit.
 */
@Component
public class TaskCompletion {
    private final TaskService taskService;
    private final WorkService work;

    public TaskCompletion(TaskService taskService, WorkService work) {
        this.taskService = taskService;
        this.work = work;
    }

    public void complete(Actor actor, Task task, Map<String, Object> variables, String outcome) {
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw new StateConflictException("任务已委派给 " + task.getAssignee() + "，须由其办理后交回，再由 "
                    + task.getOwner() + " 决定", "DELEGATED");
        }
        taskService.complete(task.getId(), variables);
        work.completed(task.getId(), actor, outcome);
    }
}
