package org.fingertip.registry.dashboard;

/** Overdue tasks at one step: the BPMN key of the process and of its user task. */
public record OverdueByStep(String processKey, String taskKey, long count) {
}
