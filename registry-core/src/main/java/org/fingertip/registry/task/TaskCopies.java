package org.fingertip.registry.task;

import java.util.List;

/** Copies of tasks (a port). */
public interface TaskCopies {

    /** Adds the copy unless the task was already copied to that recipient for that reason; true when added. */
    boolean addOnce(TaskCopy copy);

    List<TaskCopy> copiesOf(String taskId);
}
