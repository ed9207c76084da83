package org.fingertip.workflow.task;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.fingertip.registry.task.WorkItems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records open engine tasks that have no record of their own yet — tasks created before the work record existed
 * (an upgraded database) — so that no open task is missing from an inbox. Their due dates are the engine's; they
 * get no reminder or overdue timers (those come with a task's creation). Nothing to do when the counts agree.
 */
@Service
public class WorkItemBackfill {
    private static final int PAGE = 500;

    private final TaskService taskService;
    private final WorkItems items;
    private final WorkItemListener listener;

    public WorkItemBackfill(TaskService taskService, WorkItems items, WorkItemListener listener) {
        this.taskService = taskService;
        this.items = items;
        this.listener = listener;
    }

    /** How many tasks were recorded. */
    @Transactional
    public int run() {
        long open = taskService.createTaskQuery().count();
        if (open == items.countOpen()) {
            return 0;
        }
        int recorded = 0;
        for (int first = 0; first < open; first += PAGE) {
            List<Task> tasks = taskService.createTaskQuery().orderByTaskCreateTime().asc().orderByTaskId().asc()
                    .listPage(first, PAGE);
            for (Task task : tasks) {
                if (items.byId(task.getId()).isEmpty()) {
                    listener.recordExisting(task, taskService.getVariable(task.getId(), WorkItemListener.APP_ID),
                            taskService.getVariable(task.getId(), WorkItemListener.APP_NAME),
                            taskService.getIdentityLinksForTask(task.getId()));
                    recorded++;
                }
            }
        }
        return recorded;
    }
}
