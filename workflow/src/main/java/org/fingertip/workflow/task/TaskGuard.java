package org.fingertip.workflow.task;

import org.fingertip.registry.access.Actor;

/**
 * A process's own rule on who may work one of its tasks, beyond belonging to the task's group: e.g. that nobody
 * reviews an application they filed themselves. Checked when a task is claimed, and for whoever it is transferred or
 * delegated to.
 */
public interface TaskGuard {

    /** Throws when {@code who} may not work the open task; does nothing for tasks of other processes. */
    void requireWorker(Actor who, String taskId, TaskType type);
}
