package org.fingertip.registry.task;

import java.time.Instant;
import java.util.List;

/**
 * One view of one user's inbox with its filters, due first.
 *
 * @param username       the user
 * @param groups         the user's groups (its candidate groups and copy recipients)
 * @param supervisedPath the path of the jurisdiction the user supervises (escalations within it are copied to it),
 *                       or null
 * @param processKey     only tasks of this process, or null
 * @param taskKey        only tasks of this BPMN user task, or null
 * @param appId          only this app's tasks, or null
 * @param departmentUnit only work on apps of this unit, or null
 * @param departmentPath only work on apps of units in this division's subtree ({@code /420000/420100/}), or null
 * @param due            only open tasks in this due state at {@code now}, or null
 */
public record WorkQuery(WorkView view, String username, List<String> groups, String supervisedPath,
                        String processKey, String taskKey,
                        Long appId, String departmentUnit, String departmentPath, DueState due, Instant now, int page,
                        int size) {

    public WorkQuery {
        groups = List.copyOf(groups);
    }

    public WorkQuery inView(WorkView other) {
        return new WorkQuery(other, username, groups, supervisedPath, processKey, taskKey, appId, departmentUnit,
                departmentPath, due, now, page, size);
    }

    public int offset() {
        return page * size;
    }
}
