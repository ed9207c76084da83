package org.fingertip.workflow.task;

import org.fingertip.registry.task.DueState;

/**
 * What an inbox view is narrowed to; each may be null. {@code department} is a unit code ({@code 420100-007}) or a
 * division code ({@code 420100}: its units and those below).
 */
public record InboxFilter(CaseProcess process, TaskType type, Long appId, String department, DueState due) {

    public static InboxFilter none() {
        return new InboxFilter(null, null, null, null, null);
    }
}
