package org.fingertip.registry.task;

/**
 * Tells people about their work (a port): the notification centre and mail behind it. Called inside the transaction
 * of the event, so that an alert exists exactly when its event does.
 */
public interface WorkAlerts {

    /** A reminder was logged: tell its recipient (the holder, or the task's group). */
    void reminded(WorkItem item, Reminder reminder);

    /** Overdue work was escalated: tell the supervisors of the copy's division (or, if it has none, those above). */
    void escalated(WorkItem item, TaskCopy copy);

    /** A decision was copied to the owner unit. */
    void copied(WorkItem item, TaskCopy copy);

    /** The task was handed to a user (transfer or delegation) or given back (resolve): tell that user. */
    void handedOver(WorkItem item, TaskEvent event);
}
