package org.fingertip.registry.task;

import java.util.List;

/** The history of tasks (a port). */
public interface TaskEvents {

    void add(TaskEvent event);

    List<TaskEvent> eventsOf(String taskId);

    List<TaskEvent> eventsOfApp(long appId);
}
