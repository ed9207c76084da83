package org.fingertip.db.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.fingertip.db.TestTree;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppQuery;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.app.Clearance;
import org.fingertip.registry.app.Pending;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.dashboard.AgeBucket;
import org.fingertip.registry.dashboard.Dashboard;
import org.fingertip.registry.dashboard.DashboardFigures;
import org.fingertip.registry.dashboard.DashboardQueries;
import org.fingertip.registry.dashboard.DaysLeftBucket;
import org.fingertip.registry.dashboard.LedgerCounts;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.evaluation.EvaluationQuery;
import org.fingertip.registry.evaluation.Evaluations;
import org.fingertip.registry.exit.ExitState;
import org.fingertip.registry.exit.Exits;
import org.fingertip.registry.inventory.BacklogQuery;
import org.fingertip.registry.inventory.Inventory;
import org.fingertip.registry.inventory.InventorySettings;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerItems;
import org.fingertip.registry.ledger.LedgerQuery;
import org.fingertip.registry.ledger.LedgerState;
import org.fingertip.registry.task.OverdueWorkQuery;
import org.fingertip.registry.task.WorkItems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each of the dashboard's grouped counts on a province of its own with known rows, and each equal to the total of the
 * list it drills down to under the same filters — the lists' own queries through their ports.
 */
@SpringBootTest
class MyBatisDashboardQueriesIT {
    /** 2026-05-20 10:00 in Asia/Shanghai. */
    private static final Instant NOW = ZonedDateTime.of(2026, 5, 20, 10, 0, 0, 0, WorkingCalendar.ZONE).toInstant();
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @Autowired
    DashboardQueries queries;
    @Autowired
    Departments departments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Apps apps;
    @Autowired
    LedgerItems ledger;
    @Autowired
    Exits exits;
    @Autowired
    Inventory inventory;
    @Autowired
    Evaluations evaluations;
    @Autowired
    WorkItems work;

    TestTree tree;
    Rows rows;
    Dashboard dashboard;
    Actor supervisor;

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @BeforeEach
    void registry() {
        tree = TestTree.saved(departments);
        rows = new Rows(jdbc);
        dashboard = new Dashboard(queries, departments, InventorySettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
        supervisor = new Actor("supervisor.test", java.util.Set.of(Role.SUPERVISOR), null, tree.province);

        // the city: three filed apps, one kept after a re-check, one integrated; two filings under review; a draft
        long kept = rows.app(tree.cityUnit, "FILED", "APP", daysAgo(100));
        rows.concludedRecheck(kept, tree.cityUnit, daysAgo(50));
        long integrated = rows.app(tree.cityUnit, "EXITED", "APP", daysAgo(100));
        rows.concludedRecheck(integrated, tree.cityUnit, daysAgo(80));
        rows.exit(integrated, tree.cityUnit, "EXITED", true, daysAgo(60));
        rows.app(tree.cityUnit, "FILED", "MINI_PROGRAM", daysAgo(100));
        rows.app(tree.cityUnit, "UNDER_REVIEW", "APP", daysAgo(2));
        rows.app(tree.cityUnit, "UNDER_REVIEW", "QUICK_APP", daysAgo(8));
        rows.app(tree.cityUnit, "DRAFT", "APP", daysAgo(1));
        // the county: filings waiting 15 and 30 days, a change under review and one returned, one closed app
        rows.app(tree.countyUnit, "UNDER_REVIEW", "APP", daysAgo(15));
        rows.app(tree.countyUnit, "UNDER_REVIEW", "APP", daysAgo(30));
        long changed = rows.app(tree.countyUnit, "CHANGE_UNDER_REVIEW", "APP", daysAgo(40));
        rows.change(changed, tree.countyUnit, "UNDER_REVIEW", daysAgo(3));
        long returned = rows.app(tree.countyUnit, "CHANGE_UNDER_REVIEW", "APP", daysAgo(40));
        rows.change(returned, tree.countyUnit, "RETURNED", daysAgo(4));
        long closed = rows.app(tree.countyUnit, "EXITED", "APP", daysAgo(200));
        rows.exit(closed, tree.countyUnit, "EXITED", false, daysAgo(90));
        // the other city: an exit in its notice, the backlog (overdue, 10 days left, 200 days left), one ledger item
        long exiting = rows.app(tree.otherCityUnit, "EXITING", "PUBLIC_ACCOUNT", daysAgo(20));
        rows.exit(exiting, tree.otherCityUnit, "NOTICE", false, daysAgo(20));
        for (int days : new int[] {-5, 10, 200}) {
            long live = rows.app(tree.otherCityUnit, "LIVE_UNFILED", "APP", daysAgo(300));
            rows.inventoryEntry(live, tree.otherCityUnit, TODAY.plusDays(days));
        }
        // the ledger: overdue and on time, closed, revoked; sent back and overdue in the county
        rows.ledgerItem(kept, tree.cityUnit, "BURDEN", "OPEN", daysAgo(1));
        rows.ledgerItem(kept, tree.cityUnit, "BURDEN", "REPORTED_FIXED", NOW.plus(Duration.ofDays(5)));
        rows.ledgerItem(kept, tree.cityUnit, "BURDEN", "CLOSED", daysAgo(10));
        rows.ledgerItem(kept, tree.cityUnit, "LOW_USE", "REVOKED", daysAgo(10));
        rows.ledgerItem(changed, tree.countyUnit, "LOW_USE", "SENT_BACK", daysAgo(3));
        // evaluations: two burdens this month, one last month, none, and one before the twelve months
        rows.evaluation(kept, daysAgo(1), "CHECK_IN", "POINTS_RANKING");
        rows.evaluation(kept, ZonedDateTime.of(2026, 4, 30, 23, 30, 0, 0, WorkingCalendar.ZONE).toInstant(), "CHECK_IN");
        rows.evaluation(kept, daysAgo(2));
        rows.evaluation(changed, ZonedDateTime.of(2025, 5, 31, 23, 0, 0, 0, WorkingCalendar.ZONE).toInstant(), "CHECK_IN");
        // work: overdue in the city, twice in the county, once in the township; one on time, one done late
        rows.task(kept, tree.cityUnit, "AppFilingProcess", "Task_Revise", "OPEN", daysAgo(1));
        rows.task(changed, tree.countyUnit, "AppFilingProcess", "Task_FirstReview", "OPEN", daysAgo(2));
        rows.task(changed, tree.countyUnit, "AppFilingProcess", "Task_FirstReview", "OPEN", daysAgo(3));
        rows.task(null, tree.townshipUnit, "LedgerItemProcess", "Task_Rectify", "OPEN", daysAgo(4));
        rows.task(kept, tree.cityUnit, "AppFilingProcess", "Task_Revise", "OPEN", NOW.plus(Duration.ofDays(1)));
        rows.task(kept, tree.cityUnit, "AppFilingProcess", "Task_Revise", "DONE", daysAgo(5));
    }

    @Test
    void givenKnownRows_thenEveryFigureOfTheProvinceIsTheKnownCount() {
        DashboardFigures f = dashboard.figures(supervisor, null);

        assertThat(f.appsByStatus()).containsEntry(AppStatus.FILED, 2L).containsEntry(AppStatus.UNDER_REVIEW, 4L)
                .containsEntry(AppStatus.CHANGE_UNDER_REVIEW, 2L).containsEntry(AppStatus.EXITED, 2L)
                .containsEntry(AppStatus.EXITING, 1L).containsEntry(AppStatus.LIVE_UNFILED, 3L)
                .containsEntry(AppStatus.DRAFT, 0L);
        assertThat(f.appsTotal()).isEqualTo(14);
        assertThat(f.appsByKind()).containsEntry(AppKind.APP, 11L).containsEntry(AppKind.MINI_PROGRAM, 1L)
                .containsEntry(AppKind.QUICK_APP, 1L).containsEntry(AppKind.PUBLIC_ACCOUNT, 1L);
        assertThat(f.appsByLevel()).containsEntry(DivisionLevel.CITY, 9L).containsEntry(DivisionLevel.COUNTY, 5L);

        assertThat(f.clearance().examined()).isEqualTo(4);
        assertThat(f.clearance().kept()).isEqualTo(1);
        assertThat(f.clearance().integrated()).isEqualTo(1);
        assertThat(f.clearance().closed()).isEqualTo(1);
        assertThat(f.clearance().exiting()).isEqualTo(1);
        assertThat(exits.figures(tree.province.path())).as("GET /api/exits/figures agrees").isEqualTo(f.clearance());

        assertThat(f.pending().get(Pending.FILING)).containsEntry(AgeBucket.UP_TO_5, 1L)
                .containsEntry(AgeBucket.DAYS_6_TO_10, 1L).containsEntry(AgeBucket.DAYS_11_TO_20, 1L)
                .containsEntry(AgeBucket.OVER_20, 1L);
        assertThat(f.pending().get(Pending.CHANGE)).containsEntry(AgeBucket.UP_TO_5, 1L)
                .containsEntry(AgeBucket.OVER_20, 0L);

        assertThat(f.overdueTasks()).isEqualTo(4);
        assertThat(f.overdueByDepartment()).extracting(r -> r.department().code() + "=" + r.count())
                .containsExactly(tree.city.code() + "=4", tree.otherCity.code() + "=0");
        assertThat(f.overdueByStep()).extracting(r -> r.taskKey() + "=" + r.count())
                .containsExactly("Task_FirstReview=2", "Task_Revise=1", "Task_Rectify=1");

        assertThat(f.burdens().get(BurdenCategory.CHECK_IN)).containsEntry(YearMonth.of(2026, 5), 1L)
                .containsEntry(YearMonth.of(2026, 4), 1L).containsEntry(YearMonth.of(2025, 6), 0L);
        assertThat(f.burdenTotal()).as("the one of May 2025 is before the twelve months").isEqualTo(3);

        assertThat(f.ledger().get(LedgerCategory.BURDEN)).isEqualTo(new LedgerCounts(2, 1, 1));
        assertThat(f.ledger().get(LedgerCategory.LOW_USE)).isEqualTo(new LedgerCounts(1, 1, 0));

        assertThat(f.exitsInProgress()).containsEntry(ExitState.NOTICE, 1L);
        assertThat(f.exitsInProgressTotal()).isEqualTo(1);

        assertThat(f.backlog()).containsEntry(DaysLeftBucket.OVERDUE, 1L).containsEntry(DaysLeftBucket.WITHIN_30, 1L)
                .containsEntry(DaysLeftBucket.DAYS_31_TO_90, 0L).containsEntry(DaysLeftBucket.OVER_90, 1L);
    }

    @Test
    void givenKnownRows_thenEveryFigureEqualsTheTotalOfItsList() {
        for (String department : new String[] {null, tree.city.code(), tree.county.code(), tree.countyUnit.code(),
                tree.otherCity.code()}) {
            assertEveryFigureIsItsListsTotal(dashboard.figures(supervisor, department), department);
        }
    }

    @Test
    void aDivisionNarrowsEveryCountToItsSubtree() {
        DashboardFigures county = dashboard.figures(supervisor, tree.county.code());

        assertThat(county.appsTotal()).isEqualTo(5);
        assertThat(county.overdueTasks()).isEqualTo(3);
        assertThat(county.overdueByDepartment()).extracting(r -> r.department().code() + "=" + r.count())
                .containsExactly(tree.countyUnit.code() + "=2", tree.township.code() + "=1");
        assertThat(county.backlogTotal()).isZero();
    }

    private void assertEveryFigureIsItsListsTotal(DashboardFigures f, String dept) {
        String path = tree.province.path();
        for (AppStatus s : AppStatus.values()) {
            assertThat(apps.search(new AppQuery(path, null, s, null, null, dept, null, 0, 1, false)).total())
                    .as("apps %s in %s", s, dept).isEqualTo(f.appsByStatus().get(s));
        }
        for (AppKind k : AppKind.values()) {
            assertThat(apps.search(new AppQuery(path, null, null, k, null, dept, null, 0, 1, false)).total())
                    .as("apps %s in %s", k, dept).isEqualTo(f.appsByKind().get(k));
        }
        for (DivisionLevel l : DivisionLevel.values()) {
            assertThat(apps.search(new AppQuery(path, null, null, null, l, dept, null, 0, 1, false)).total())
                    .as("apps %s in %s", l, dept).isEqualTo(f.appsByLevel().get(l));
        }
        long[] clearance = {f.clearance().examined(), f.clearance().cut(), f.clearance().integrated(),
                f.clearance().closed(), f.clearance().kept(), f.clearance().exiting()};
        Clearance[] outcomes = {Clearance.EXAMINED, Clearance.CUT, Clearance.INTEGRATED, Clearance.CLOSED,
                Clearance.KEPT, Clearance.EXITING};
        for (int i = 0; i < outcomes.length; i++) {
            assertThat(apps.search(new AppQuery(path, null, null, null, null, dept, null, 0, 1, false, null, null, null,
                    outcomes[i])).total()).as("%s in %s", outcomes[i], dept).isEqualTo(clearance[i]);
        }
        for (Pending p : Pending.values()) {
            for (AgeBucket b : AgeBucket.values()) {
                var filters = new org.fingertip.registry.app.AppFilters(null, null, null, dept, null, p,
                        b.submittedFrom(TODAY), b.submittedTo(TODAY), null);
                assertThat(apps.search(new AppQuery(path, null, null, null, null, dept, null, 0, 1, false, p,
                        filters.submittedFromInstant(), filters.submittedBeforeInstant(), null)).total())
                        .as("%s %s in %s", p, b, dept).isEqualTo(f.pending().get(p).get(b));
            }
        }
        assertThat(work.overdue(overdueQuery(dept, null, null)).total()).isEqualTo(f.overdueTasks());
        for (var byDepartment : f.overdueByDepartment()) {
            assertThat(work.overdue(overdueQuery(byDepartment.department().code(), null, null)).total())
                    .as("overdue in %s", byDepartment.department()).isEqualTo(byDepartment.count());
        }
        for (var byStep : f.overdueByStep()) {
            assertThat(work.overdue(overdueQuery(dept, byStep.processKey(), byStep.taskKey())).total())
                    .as("overdue at %s", byStep.taskKey()).isEqualTo(byStep.count());
        }
        for (BurdenCategory c : BurdenCategory.values()) {
            for (YearMonth m : f.months()) {
                assertThat(evaluations.search(new EvaluationQuery(path, dept, c, EvaluationQuery.monthStart(m),
                        EvaluationQuery.monthStart(m.plusMonths(1)), 0, 1)).total())
                        .as("%s in %s, %s", c, m, dept).isEqualTo(f.burdens().get(c).get(m));
            }
        }
        for (LedgerCategory c : LedgerCategory.values()) {
            LedgerCounts counts = f.ledger().get(c);
            assertThat(ledger.search(new LedgerQuery(path, null, null, null, dept, c, null, 0, 1, true)).total())
                    .as("open %s in %s", c, dept).isEqualTo(counts.open());
            assertThat(ledger.search(new LedgerQuery(path, null, null, NOW, dept, c, 0, 1)).total())
                    .as("overdue %s in %s", c, dept).isEqualTo(counts.overdue());
            assertThat(ledger.search(new LedgerQuery(path, null, LedgerState.CLOSED, null, dept, c, 0, 1)).total())
                    .as("closed %s in %s", c, dept).isEqualTo(counts.closed());
        }
        f.exitsInProgress().forEach((state, n) -> assertThat(exits.search(path, state, dept, null, false, 0, 1).total())
                .as("exits %s in %s", state, dept).isEqualTo(n));
        assertThat(exits.search(path, null, dept, null, true, 0, 1).total()).isEqualTo(f.exitsInProgressTotal());
        for (DaysLeftBucket b : DaysLeftBucket.values()) {
            assertThat(inventory.backlog(new BacklogQuery(path, dept, InventorySettings.defaults().filingDeadline(),
                    TODAY, 0, 1, b.minDaysLeft(), b.maxDaysLeft())).total())
                    .as("backlog %s in %s", b, dept).isEqualTo(f.backlog().get(b));
        }
    }

    private OverdueWorkQuery overdueQuery(String department, String processKey, String taskKey) {
        String unit = department != null && department.contains("-") ? department : null;
        String divisionPath = department == null || unit != null ? null
                : departments.division(department).orElseThrow().path();
        return new OverdueWorkQuery(tree.province.path(), unit, divisionPath, processKey, taskKey, NOW, 0, 1);
    }
}
