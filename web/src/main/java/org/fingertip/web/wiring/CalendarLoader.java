package org.fingertip.web.wiring;

import org.fingertip.workflow.task.CalendarChanges;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts the holiday arrangements stored in the database (added while running, on any node) into this node's
 * calendar when it starts, over the bundled files.
 */
@Component
class CalendarLoader {
    private final CalendarChanges changes;

    CalendarLoader(CalendarChanges changes) {
        this.changes = changes;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        changes.load();
    }
}
