package org.fingertip.web.wiring;

import java.time.Duration;

import org.fingertip.workflow.task.CalendarChanges;
import org.fingertip.workflow.task.WorkItemBackfill;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Human work on this node: at start, the holiday arrangements stored in the database go into the calendar and any
 * open task without a work record (from before the record existed) gets one; then the stored arrangements are read
 * again every {@code fingertip.calendar.refresh-interval} (5 minutes), so a year an administrator added on another
 * node counts here too.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WorkStartup implements SchedulingConfigurer {
    private static final Logger LOG = LoggerFactory.getLogger(WorkStartup.class);

    private final CalendarChanges calendar;
    private final WorkItemBackfill backfill;
    private final Duration refresh;

    WorkStartup(CalendarChanges calendar, WorkItemBackfill backfill,
                @Value("${fingertip.calendar.refresh-interval:PT5M}") Duration refresh) {
        this.calendar = calendar;
        this.backfill = backfill;
        this.refresh = refresh;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        calendar.load();
        int recorded = backfill.run();
        if (recorded > 0) {
            LOG.info("Recorded {} open tasks that had no work record", recorded);
        }
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(calendar::load, refresh);
    }
}
