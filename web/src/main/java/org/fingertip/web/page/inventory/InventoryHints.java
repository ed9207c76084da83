package org.fingertip.web.page.inventory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.fingertip.registry.app.App;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.inventory.InventoryService;
import org.springframework.stereotype.Component;

/**
 * What the templates call as {@code @inventoryHints}: the filing deadline of an app that is live but not filed, and
 * the days left to it, for the filing form and the case page (the page has already checked the app may be seen).
 */
@Component("inventoryHints")
public class InventoryHints {
    private final InventoryService inventory;
    private final Clock clock;

    public InventoryHints(InventoryService inventory, Clock clock) {
        this.inventory = inventory;
        this.clock = clock;
    }

    /** The last day to file the app; null unless it is LIVE_UNFILED. */
    public LocalDate deadline(App app) {
        return app == null ? null : inventory.filingDeadlineOf(app).orElse(null);
    }

    /** Days from today to the deadline: 0 on the last day, negative once overdue. */
    public long daysLeft(LocalDate deadline) {
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE), deadline);
    }
}
