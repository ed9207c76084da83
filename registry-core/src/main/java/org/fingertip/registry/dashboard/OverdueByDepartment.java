package org.fingertip.registry.dashboard;

/**
 * Overdue tasks of one department of the scope: a division directly below it (with everything under it), or a unit
 * directly in the scope's own division — so that each row is what the list's {@code department} filter selects.
 */
public record OverdueByDepartment(Department department, long count) {
}
