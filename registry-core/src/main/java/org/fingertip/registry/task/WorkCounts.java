package org.fingertip.registry.task;

/** How many items each view of an inbox holds under the same filters; of the open ones, how many are overdue. */
public record WorkCounts(long todo, long done, long cc, long overdue, long dueSoon) {
}
