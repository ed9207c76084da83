package org.fingertip.web.wiring;

import java.time.Duration;

import org.fingertip.workflow.admin.DurationChanges;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The durations an administrator stored, on this node: applied at start, then read again every
 * {@code fingertip.calendar.refresh-interval} (5 minutes), as the calendar is, so a change made on another node
 * counts here too for tasks created afterwards.
 */
@Configuration(proxyBeanMethods = false)
class AdminStartup implements SchedulingConfigurer {
    private final DurationChanges durations;
    private final Duration refresh;

    AdminStartup(DurationChanges durations, @Value("${fingertip.calendar.refresh-interval:PT5M}") Duration refresh) {
        this.durations = durations;
        this.refresh = refresh;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        durations.load();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(durations::load, refresh);
    }
}
