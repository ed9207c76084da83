package org.fingertip.registry.task;

import java.time.Instant;
import java.util.Objects;

/**
 * The open tasks past their due date within a jurisdiction, whoever holds them, due first: the list behind the
 * dashboard's overdue work. "Overdue" is the inbox's own definition ({@code WorkMapper.xml}, {@code overdueAt}).
 *
 * @param scopePath      the jurisdiction: tasks on apps of units in this division subtree
 * @param departmentUnit only work on apps of this unit, or null
 * @param departmentPath only work on apps of units in this division's subtree, or null
 * @param processKey     only tasks of this process (BPMN key), or null
 * @param taskKey        only tasks of this BPMN user task, or null
 * @param now            overdue means due before this instant
 */
public record OverdueWorkQuery(String scopePath, String departmentUnit, String departmentPath, String processKey,
                               String taskKey, Instant now, int page, int size) {

    public OverdueWorkQuery {
        Objects.requireNonNull(scopePath, "scopePath");
        Objects.requireNonNull(now, "now");
    }

    public int offset() {
        return page * size;
    }
}
