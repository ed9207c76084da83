package org.fingertip.registry.task;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The record of human tasks (a port). Every write joins the caller's transaction, the engine's included. */
public interface WorkItems {

    /** Records a new task; a task already recorded is left as it is (the record is rebuilt at start, see backfill). */
    void open(WorkItem item);

    Optional<WorkItem> byId(String taskId);

    /** Who holds the task now: the assignee, and the owner while it is delegated. */
    void assign(String taskId, String assignee, String owner, boolean delegated);

    void reschedule(String taskId, Instant due, Instant followUp);

    /** The task ended; {@code endedBy} and {@code outcome} may be null for an ending without a decision. */
    void end(String taskId, WorkState state, Instant endedAt, String endedBy, String outcome);

    /** Records who decided and what, once the engine has completed the task. */
    void recordOutcome(String taskId, String endedBy, String outcome);

    WorkPage page(WorkQuery query);

    long count(WorkQuery query);

    /** Open overdue tasks within a jurisdiction, whoever holds them, due first, with the total of the whole query. */
    WorkPage overdue(OverdueWorkQuery query);

    /** Open tasks due within [from, to), whose due date was counted in working days from their creation. */
    List<WorkItem> openWorkingDayDueBetween(Instant from, Instant to);

    /** How many tasks are open. */
    long countOpen();

    /** The tasks of one app, newest first (open and ended). */
    List<WorkItem> itemsOfApp(long appId);
}
