package org.fingertip.registry.task;

import java.util.List;

/** One page of an inbox view. */
public record WorkPage(List<WorkItem> items, long total, int page, int size) {
}
