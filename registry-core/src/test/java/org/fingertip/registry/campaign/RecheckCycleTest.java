package org.fingertip.registry.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fingertip.registry.app.App;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.recheck.Recheck;
import org.fingertip.registry.recheck.RecheckTrigger;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.Forms;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.registry.testing.InMemoryRecheckSchedule;
import org.fingertip.registry.testing.InMemoryRechecks;
import org.junit.jupiter.api.Test;

class RecheckCycleTest {
    private final FilingFixture f = new FilingFixture();
    private final InMemoryRechecks rechecks = new InMemoryRechecks();
    private final InMemoryRecheckSchedule schedule = new InMemoryRecheckSchedule(f.apps);
    private final RecheckCycle cycle = new RecheckCycle(schedule, new RecheckEligibility(f.apps, rechecks),
            new CycleSettings(6, 30, 3), f.clock);

    @Test
    void a_filed_app_is_due_six_months_after_filing_plus_its_offset_within_thirty_days() {
        App app = f.filed(Hubei.WUHAN_UNIT, "应用", "功能");
        assertThat(cycle.scheduleNew()).isEqualTo(1);

        Instant due = schedule.dueOf(app.id()).orElseThrow();
        Instant sixMonths = app.statusSince().atZone(WorkingCalendar.ZONE).plusMonths(6).toInstant();
        assertThat(due).isBetween(sixMonths, sixMonths.plus(Duration.ofDays(30)));
        assertThat(cycle.scheduleNew()).isZero();
    }

    @Test
    void drafts_are_not_scheduled() {
        f.draft(Hubei.WUHAN_UNIT, Forms.complete(Hubei.WUHAN_UNIT.code(), "草稿"));
        assertThat(cycle.scheduleNew()).isZero();
    }

    @Test
    void thousands_filed_the_same_minute_fall_due_in_different_minutes() {
        Set<Long> minutes = new HashSet<>();
        Instant since = f.clock.instant();
        for (long id = 1; id <= 2000; id++) {
            minutes.add(cycle.firstDue(id, since).getEpochSecond() / 60);
        }
        assertThat(minutes).hasSizeGreaterThan(1900);
    }

    @Test
    void an_app_whose_date_has_passed_falls_due_within_the_spread_from_now() {
        Instant longAgo = ZonedDateTime.of(2024, 1, 1, 9, 0, 0, 0, WorkingCalendar.ZONE).toInstant();
        Instant due = cycle.firstDue(17, longAgo);
        assertThat(due).isBetween(f.clock.instant(), f.clock.instant().plus(Duration.ofDays(30)));
    }

    @Test
    void what_is_due_comes_a_batch_at_a_time_earliest_first_and_a_started_app_leaves_the_schedule() {
        List<App> apps = List.of(f.filed(Hubei.WUHAN_UNIT, "甲", "功能甲"), f.filed(Hubei.WUHAN_UNIT, "乙", "功能乙"),
                f.filed(Hubei.WUHAN_UNIT, "丙", "功能丙"), f.filed(Hubei.WUHAN_UNIT, "丁", "功能丁"));
        cycle.scheduleNew();
        assertThat(cycle.due()).isEmpty();

        f.clock.advance(Duration.ofDays(31 * 7));
        List<Long> due = cycle.due();
        assertThat(due).hasSize(3);
        assertThat(due.stream().map(id -> schedule.dueOf(id).orElseThrow()).toList()).isSorted();

        cycle.done(due.get(0));
        assertThat(cycle.due()).hasSize(3).doesNotContain(due.get(0));
        assertThat(apps).hasSize(4);
    }

    @Test
    void an_app_already_under_recheck_is_not_startable() {
        App app = f.filed(Hubei.WUHAN_UNIT, "应用", "功能");
        rechecks.save(Recheck.start(app.id(), "应用", Hubei.WUHAN_UNIT, RecheckTrigger.CAMPAIGN, "s",
                f.clock.instant()));
        assertThat(cycle.whyNotStartable(app.id())).isPresent();
    }
}
