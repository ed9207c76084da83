package org.fingertip.web.wiring;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import org.fingertip.registry.admin.AdminChanges;
import org.fingertip.registry.admin.AdminLog;
import org.fingertip.registry.admin.DurationKey;
import org.fingertip.registry.admin.DurationOverrides;
import org.fingertip.registry.task.TaskDeadlines;
import org.fingertip.workflow.admin.DurationChanges;
import org.fingertip.workflow.task.TaskDueRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The administrator's area: the record of changes, and the durations table — its defaults are the configured values
 * ({@code fingertip.filing.*}, {@code fingertip.exit.plan-working-days}, {@code fingertip.tasks.*}), the values an
 * administrator stored override them ({@link AdminStartup} applies them on every node).
 */
@Configuration(proxyBeanMethods = false)
public class AdminConfiguration {

    @Bean
    AdminLog adminLog(AdminChanges changes, Clock clock) {
        return new AdminLog(changes, clock);
    }

    /** The configured durations: the defaults the administrator's values override. */
    static Map<DurationKey, Integer> durationDefaults(FingertipProperties properties) {
        Map<DurationKey, Integer> d = new EnumMap<>(DurationKey.class);
        d.put(DurationKey.FIRST_REVIEW, properties.getFiling().getFirstReviewDays());
        d.put(DurationKey.PROVINCIAL_REVIEW, properties.getFiling().getProvincialReviewDays());
        d.put(DurationKey.RESUBMIT, properties.getFiling().getResubmitDays());
        d.put(DurationKey.EXIT_PLAN, properties.getExit().getPlanWorkingDays());
        d.put(DurationKey.OTHER_TASK, properties.getTasks().getOtherTaskWorkingDays());
        d.put(DurationKey.REMINDER, properties.getTasks().getReminderWorkingDays());
        return d;
    }

    @Bean
    DurationChanges durationChanges(DurationOverrides overrides, FingertipProperties properties, TaskDueRules rules,
                                    TaskDeadlines workingDayDeadlines, AdminLog log) {
        return new DurationChanges(overrides, durationDefaults(properties), rules, workingDayDeadlines, log);
    }
}
