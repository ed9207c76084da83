package org.fingertip.workflow.task;

import java.util.List;

/** One page of an inbox. */
public record TaskPage(List<TaskView> items, long total, int page, int size) {
}
