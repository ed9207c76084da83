package org.fingertip.workflow.testing;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The timers a process draws (boundary, intermediate and start timers), told apart from the reminder and overdue
 * timers every user task carries as timeout listeners.
 */
public final class ProcessTimers {
    private ProcessTimers() {
    }

    public static List<Job> of(ProcessEngine engine, String processInstanceId) {
        return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers().list()
                .stream().filter(j -> !isTaskTimer(j)).toList();
    }

    /** The one process timer of the instance. */
    public static Job single(ProcessEngine engine, String processInstanceId) {
        List<Job> timers = of(engine, processInstanceId);
        if (timers.size() != 1) {
            throw new IllegalStateException("expected one process timer, found " + timers.size());
        }
        return timers.get(0);
    }

    /** The reminder and overdue timers of the user tasks of the instance. */
    public static List<Job> taskTimers(ProcessEngine engine, String processInstanceId) {
        return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers().list()
                .stream().filter(ProcessTimers::isTaskTimer).toList();
    }

    static boolean isTaskTimer(Job job) {
        return job instanceof JobEntity e && TimerTaskListenerJobHandler.TYPE.equals(e.getJobHandlerType());
    }
}
