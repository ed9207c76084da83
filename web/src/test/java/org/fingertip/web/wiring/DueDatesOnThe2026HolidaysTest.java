package org.fingertip.web.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.task.TaskDeadlines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Due and reminder dates across the 2026 Spring Festival, Labour Day and National Day with their 调休 Saturdays and
 * Sunday, on the arrangement shipped with the application (calendar/cn-public-holidays-2026.yaml, the State Council's
 * notice), for each working-day duration of the durations table as configured by default. The expected dates were
 * counted by hand on the notice.
 */
class DueDatesOnThe2026HolidaysTest {
    private static TaskDeadlines deadlines;
    /** Each working-day duration of DOMAIN.md's table, by its default configuration. */
    private static final Map<String, Integer> DURATIONS = new LinkedHashMap<>();

    @BeforeAll
    static void calendar() {
        FingertipProperties p = new FingertipProperties();
        deadlines = new TaskDeadlines(new WorkingCalendar(HolidayFiles.load(new DefaultResourceLoader(),
                p.getCalendar().getFiles())), p.getTasks().toSettings());
        DURATIONS.put("first review", p.getFiling().getFirstReviewDays());
        DURATIONS.put("provincial review", p.getFiling().getProvincialReviewDays());
        DURATIONS.put("resubmission after a return", p.getFiling().getResubmitDays());
        DURATIONS.put("self-inspection answer", p.getRecheck().getSelfInspectionWorkingDays());
        DURATIONS.put("deregistration after offline", p.getExit().getDeregistrationWorkingDays());
        DURATIONS.put("exit plan and migration report", p.getExit().getPlanWorkingDays());
        DURATIONS.put("any other human task", p.getTasks().getOtherTaskWorkingDays());
        assertThat(p.getTasks().getReminderWorkingDays()).as("reminder before due").isEqualTo(2);
    }

    @ParameterizedTest(name = "created {0}, {1} working days: due {2}, reminder {3}")
    @CsvSource({
            // 元旦: created on the holiday; Sunday 2026-01-04 is a working day
            "2026-01-01T10:00, 5, 2026-01-08, 2026-01-06",
            // 春节: off 02-15 … 02-23, working Saturdays 02-14 and 02-28
            "2026-02-11T10:00, 5, 2026-02-25, 2026-02-14",
            "2026-02-12T10:00, 5, 2026-02-26, 2026-02-24",
            "2026-02-12T10:00, 10, 2026-03-04, 2026-03-02",
            "2026-02-12T10:00, 15, 2026-03-11, 2026-03-09",
            "2026-02-13T17:00, 5, 2026-02-27, 2026-02-25",
            "2026-02-13T17:00, 10, 2026-03-05, 2026-03-03",
            "2026-02-13T17:00, 15, 2026-03-12, 2026-03-10",
            // 劳动节: off 05-01 … 05-05, working Saturday 05-09
            "2026-04-27T10:00, 5, 2026-05-07, 2026-04-30",
            "2026-04-28T10:00, 5, 2026-05-08, 2026-05-06",
            "2026-04-28T10:00, 10, 2026-05-14, 2026-05-12",
            "2026-04-28T10:00, 15, 2026-05-21, 2026-05-19",
            // 中秋 09-25 … 09-27 and 国庆 10-01 … 10-07, working Sunday 09-20 and Saturday 10-10
            "2026-09-18T10:00, 5, 2026-09-24, 2026-09-22",
            "2026-09-18T10:00, 10, 2026-10-09, 2026-09-30",
            "2026-09-18T10:00, 15, 2026-10-15, 2026-10-13",
            "2026-09-29T10:00, 5, 2026-10-12, 2026-10-09",
            "2026-09-29T10:00, 10, 2026-10-19, 2026-10-15",
            "2026-09-29T10:00, 15, 2026-10-26, 2026-10-22",
            "2026-10-03T10:00, 5, 2026-10-13, 2026-10-10",
            "2026-10-03T10:00, 10, 2026-10-20, 2026-10-16",
    })
    void eachDurationFallsDueAtTheEndOfItsLastWorkingDayWithItsReminderTwoWorkingDaysBefore(
            LocalDateTime created, int workingDays, LocalDate dueDay, LocalDate reminderDay) {
        Instant start = created.atZone(WorkingCalendar.ZONE).toInstant();
        List<String> durations = DURATIONS.entrySet().stream().filter(e -> e.getValue() == workingDays)
                .map(Map.Entry::getKey).toList();
        assertThat(durations).as("durations of %d working days", workingDays).isNotEmpty();
        for (String duration : durations) {
            Instant due = deadlines.due(start, DURATIONS.get(duration));
            assertThat(due).as(duration).isEqualTo(ZonedDateTime.of(dueDay, LocalTime.of(23, 59, 59),
                    WorkingCalendar.ZONE).toInstant());
            assertThat(deadlines.followUp(start, due)).as(duration + " reminder")
                    .isEqualTo(ZonedDateTime.of(reminderDay, TaskDeadlines.OFFICE_OPENS, WorkingCalendar.ZONE)
                            .toInstant());
        }
    }
}
