package org.fingertip.workflow.task;

import java.util.List;

import org.fingertip.registry.task.WorkView;

/** One page of one view of an inbox. */
public record TaskPage(WorkView view, List<TaskView> items, long total, int page, int size) {
}
