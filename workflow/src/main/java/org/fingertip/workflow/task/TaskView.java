package org.fingertip.workflow.task;

import java.time.Instant;

/** One open task as the inbox shows it. {@code group} is the candidate group (office or unit) it belongs to. */
public record TaskView(String id, TaskType type, String name, long appId, String appName, Instant created, Instant due,
                       String assignee, String group) {
}
