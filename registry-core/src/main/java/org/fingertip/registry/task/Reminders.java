package org.fingertip.registry.task;

import java.util.List;

/** The log of reminders (a port). */
public interface Reminders {

    /** Logs the reminder unless the task already had one that day; true when it was logged (and may be sent). */
    boolean logOnce(Reminder reminder);

    List<Reminder> remindersOf(String taskId);

    List<Reminder> remindersOfApp(long appId);
}
