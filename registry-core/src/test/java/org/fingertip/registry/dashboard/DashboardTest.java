package org.fingertip.registry.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.AppFilters;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Clearance;
import org.fingertip.registry.app.Pending;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.exit.ExitState;
import org.fingertip.registry.inventory.InventorySettings;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.registry.testing.InMemoryDepartments;
import org.fingertip.registry.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DashboardTest {
    /** 2026-05-20 10:00 in Asia/Shanghai. */
    private static final Instant NOW = ZonedDateTime.of(2026, 5, 20, 10, 0, 0, 0, WorkingCalendar.ZONE).toInstant();
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    private final InMemoryDepartments departments = new InMemoryDepartments();
    private final FakeQueries queries = new FakeQueries();
    private Dashboard dashboard;

    private final Actor provinceSupervisor = Actors.supervisor("supervisor.hubei", Hubei.PROVINCE);
    private final Actor wuhanSupervisor = Actors.supervisor("supervisor.wuhan", Hubei.WUHAN);

    @BeforeEach
    void setUp() {
        Hubei.loadInto(departments);
        dashboard = new Dashboard(queries, departments, InventorySettings.defaults(), new MutableClock(NOW));
    }

    @Test
    void countsTheJurisdictionWithTheListsFilterAndFillsInZeros() {
        queries.byStatus.put(AppStatus.FILED, 7L);
        queries.byStatus.put(AppStatus.UNDER_REVIEW, 2L);

        DashboardFigures f = dashboard.figures(wuhanSupervisor, null);

        assertThat(queries.scopes).containsOnly(new FigureScope(Hubei.WUHAN.path(), null));
        assertThat(f.departmentFilter()).isNull();
        assertThat(f.department().code()).isEqualTo("420100");
        assertThat(f.appsByStatus()).hasSize(AppStatus.values().length).containsEntry(AppStatus.FILED, 7L)
                .containsEntry(AppStatus.DRAFT, 0L);
        assertThat(f.appsTotal()).isEqualTo(9);
        assertThat(f.appsByKind()).hasSize(AppKind.values().length);
        assertThat(f.appsByLevel()).hasSize(DivisionLevel.values().length);
        assertThat(f.today()).isEqualTo(TODAY);
        assertThat(f.asOf()).isEqualTo(NOW);
    }

    @Test
    void aDivisionOrUnitWithinTheJurisdictionNarrowsEveryCountAsTheListsDepartmentFilter() {
        dashboard.figures(provinceSupervisor, "420102");
        dashboard.figures(provinceSupervisor, " 420100-007 ");

        assertThat(queries.scopes).containsOnly(new FigureScope(Hubei.PROVINCE.path(), "420102"),
                new FigureScope(Hubei.PROVINCE.path(), "420100-007"));
    }

    @Test
    void outsideTheJurisdictionOrUnknownIsNotFoundAndAMalformedCodeIsBadInput() {
        assertThatThrownBy(() -> dashboard.figures(wuhanSupervisor, "420500")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dashboard.figures(wuhanSupervisor, "420500-003")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dashboard.figures(wuhanSupervisor, "429999")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dashboard.figures(wuhanSupervisor, "武汉"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(fe -> fe.field()).containsExactly("department"));
        assertThat(queries.scopes).isEmpty();
    }

    @Test
    void onlySupervisorsSeeTheDashboard() {
        assertThatThrownBy(() -> dashboard.figures(Actors.wuhanReviewer(), null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> dashboard.figures(Actors.observer("o", Hubei.WUHAN), null))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void clearanceIsExitFiguresFromTheFourOutcomes() {
        queries.clearance.put(Clearance.INTEGRATED, 12L);
        queries.clearance.put(Clearance.CLOSED, 20L);
        queries.clearance.put(Clearance.KEPT, 120L);
        queries.clearance.put(Clearance.EXITING, 8L);

        var c = dashboard.figures(wuhanSupervisor, null).clearance();

        assertThat(c.examined()).isEqualTo(160);
        assertThat(c.cut()).isEqualTo(32);
        assertThat(c.reductionRate()).isEqualByComparingTo("20.0");
    }

    @Test
    void pendingWindowsAreTheAppListsOwnSubmissionDaysAsInstants() {
        dashboard.figures(wuhanSupervisor, null);

        assertThat(queries.submitted).extracting(DashboardQueries.SubmittedWindow::bucket)
                .containsExactly(AgeBucket.values());
        DashboardQueries.SubmittedWindow six = queries.submitted.get(1);
        assertThat(AgeBucket.DAYS_6_TO_10.submittedFrom(TODAY)).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(AgeBucket.DAYS_6_TO_10.submittedTo(TODAY)).isEqualTo(LocalDate.of(2026, 5, 14));
        AppFilters list = new AppFilters(null, null, null, null, null, Pending.FILING, LocalDate.of(2026, 5, 10),
                LocalDate.of(2026, 5, 14), null);
        assertThat(six.from()).isEqualTo(list.submittedFromInstant())
                .isEqualTo(ZonedDateTime.of(2026, 5, 10, 0, 0, 0, 0, WorkingCalendar.ZONE).toInstant());
        assertThat(six.before()).isEqualTo(list.submittedBeforeInstant())
                .isEqualTo(ZonedDateTime.of(2026, 5, 15, 0, 0, 0, 0, WorkingCalendar.ZONE).toInstant());
        assertThat(queries.submitted.get(0).before()).as("up to 5 days: no upper end").isNull();
        assertThat(queries.submitted.get(3).from()).as("over 20 days: no lower end").isNull();
        assertThat(queries.submitted.get(3).before())
                .isEqualTo(ZonedDateTime.of(2026, 4, 30, 0, 0, 0, 0, WorkingCalendar.ZONE).toInstant());
    }

    @Test
    void backlogWindowsAreDaysLeftAsDeadlinesAndMonthsAreTheLastTwelve() {
        DashboardFigures f = dashboard.figures(wuhanSupervisor, null);

        assertThat(queries.deadlines).containsExactly(
                new DashboardQueries.DeadlineWindow(DaysLeftBucket.OVERDUE, null, TODAY.minusDays(1)),
                new DashboardQueries.DeadlineWindow(DaysLeftBucket.WITHIN_30, TODAY, TODAY.plusDays(30)),
                new DashboardQueries.DeadlineWindow(DaysLeftBucket.DAYS_31_TO_90, TODAY.plusDays(31), TODAY.plusDays(90)),
                new DashboardQueries.DeadlineWindow(DaysLeftBucket.OVER_90, TODAY.plusDays(91), null));
        assertThat(f.months()).hasSize(12).first().isEqualTo(YearMonth.of(2025, 6));
        assertThat(f.months()).last().isEqualTo(YearMonth.of(2026, 5));
        assertThat(queries.months.get(0).from())
                .isEqualTo(ZonedDateTime.of(2025, 6, 1, 0, 0, 0, 0, WorkingCalendar.ZONE).toInstant());
        assertThat(queries.months.get(11).before())
                .isEqualTo(ZonedDateTime.of(2026, 6, 1, 0, 0, 0, 0, WorkingCalendar.ZONE).toInstant());
        assertThat(f.burdens()).hasSize(BurdenCategory.values().length);
        assertThat(f.burdens().get(BurdenCategory.CHECK_IN)).hasSize(12);
    }

    @Test
    void overdueWorkIsGroupedByTheDivisionBelowTheScopeOrTheUnitInItAndByStep() {
        queries.overdue.add(new DashboardQueries.OverdueCount(Hubei.WUHAN.path(), "420100-007", "AppFilingProcess",
                "Task_Revise", 2));
        queries.overdue.add(new DashboardQueries.OverdueCount(Hubei.DISTRICT.path(), "420102-001", "AppFilingProcess",
                "Task_FirstReview", 3));
        queries.overdue.add(new DashboardQueries.OverdueCount(Hubei.STREET.path(), "420102001-001",
                "AppFilingProcess", "Task_FirstReview", 1));

        DashboardFigures f = dashboard.figures(wuhanSupervisor, null);

        assertThat(f.overdueByDepartment()).extracting(r -> r.department().code() + "=" + r.count())
                .containsExactly("420102=4", "420100-007=2");
        assertThat(f.overdueByDepartment().get(1).department().unit()).isTrue();
        assertThat(f.overdueByStep()).extracting(r -> r.taskKey() + "=" + r.count())
                .containsExactly("Task_FirstReview=4", "Task_Revise=2");
        assertThat(f.overdueTasks()).isEqualTo(6);

        DashboardFigures province = dashboard.figures(provinceSupervisor, null);
        assertThat(province.overdueByDepartment()).extracting(r -> r.department().code() + "=" + r.count())
                .containsExactly("420100=6", "420500=0");
    }

    @Test
    void ledgerExitsAndBacklogKeepEveryCategoryAndOnlyExitsInProgress() {
        queries.ledger.put(LedgerCategory.BURDEN, new LedgerCounts(3, 1, 4));
        queries.exits.put(ExitState.NOTICE, 2L);
        queries.exits.put(ExitState.EXITED, 9L);
        queries.backlog.put(DaysLeftBucket.OVERDUE, 5L);

        DashboardFigures f = dashboard.figures(wuhanSupervisor, null);

        assertThat(f.ledger()).hasSize(LedgerCategory.values().length);
        assertThat(f.ledgerTotals()).isEqualTo(new LedgerCounts(3, 1, 4));
        assertThat(f.exitsInProgress()).doesNotContainKey(ExitState.EXITED).containsEntry(ExitState.NOTICE, 2L);
        assertThat(f.exitsInProgressTotal()).isEqualTo(2);
        assertThat(f.backlog()).containsEntry(DaysLeftBucket.OVERDUE, 5L).containsEntry(DaysLeftBucket.OVER_90, 0L);
        assertThat(f.backlogTotal()).isEqualTo(5);
    }

    @Test
    void theComparisonRanksTheCitiesOfTheProvinceByOverdueTasksByDefault() {
        queries.overdueFor.put("420500", List.of(new DashboardQueries.OverdueCount(Hubei.YICHANG.path(), "420500-003",
                "AppFilingProcess", "Task_Revise", 3)));

        Comparison c = dashboard.compare(provinceSupervisor, null, null, null);

        assertThat(c.level()).isEqualTo(DivisionLevel.CITY);
        assertThat(c.order()).isEqualTo(CompareOrder.OVERDUE_TASKS);
        assertThat(c.rows()).extracting(r -> r.rank() + ":" + r.figures().department().code() + "=" + (long) r.value())
                .containsExactly("1:420500=3", "2:420100=0");
        assertThat(c.rows().get(0).figures().departmentFilter()).isEqualTo("420500");

        Comparison districts = dashboard.compare(provinceSupervisor, "420100", null, CompareOrder.APPS);
        assertThat(districts.level()).isEqualTo(DivisionLevel.COUNTY);
        assertThat(districts.rows()).extracting(r -> r.figures().department().code()).containsExactly("420102");
    }

    @Test
    void theComparisonNeedsADivisionAndACityOrCountyLevel() {
        assertThatThrownBy(() -> dashboard.compare(provinceSupervisor, "420100-007", null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(fe -> fe.field()).containsExactly("department"));
        assertThatThrownBy(() -> dashboard.compare(provinceSupervisor, null, DivisionLevel.TOWNSHIP, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(fe -> fe.field()).containsExactly("level"));
        assertThatThrownBy(() -> dashboard.compare(wuhanSupervisor, "420000", null, null))
                .isInstanceOf(NotFoundException.class);
    }

    /** Answers what the test puts in, and records what it was asked. */
    private static final class FakeQueries implements DashboardQueries {
        final List<FigureScope> scopes = new ArrayList<>();
        final Map<AppStatus, Long> byStatus = new EnumMap<>(AppStatus.class);
        final Map<Clearance, Long> clearance = new EnumMap<>(Clearance.class);
        final List<OverdueCount> overdue = new ArrayList<>();
        final Map<String, List<OverdueCount>> overdueFor = new java.util.HashMap<>();
        final Map<LedgerCategory, LedgerCounts> ledger = new EnumMap<>(LedgerCategory.class);
        final Map<ExitState, Long> exits = new EnumMap<>(ExitState.class);
        final Map<DaysLeftBucket, Long> backlog = new EnumMap<>(DaysLeftBucket.class);
        List<SubmittedWindow> submitted;
        List<MonthWindow> months;
        List<DeadlineWindow> deadlines;

        @Override
        public Map<AppStatus, Long> appsByStatus(FigureScope scope) {
            scopes.add(scope);
            return byStatus;
        }

        @Override
        public Map<AppKind, Long> appsByKind(FigureScope scope) {
            return Map.of();
        }

        @Override
        public Map<DivisionLevel, Long> appsByLevel(FigureScope scope) {
            return Map.of();
        }

        @Override
        public Map<Clearance, Long> clearance(FigureScope scope) {
            return clearance;
        }

        @Override
        public Map<Pending, Map<AgeBucket, Long>> pending(FigureScope scope, List<SubmittedWindow> windows) {
            submitted = windows;
            return Map.of();
        }

        @Override
        public List<OverdueCount> overdueWork(FigureScope scope, Instant now) {
            assertThat(now).isEqualTo(NOW);
            if (scope.departmentCode() != null && overdueFor.containsKey(scope.departmentCode())) {
                return overdueFor.get(scope.departmentCode());
            }
            return scope.departmentCode() == null ? overdue : List.of();
        }

        @Override
        public Map<BurdenCategory, Map<YearMonth, Long>> burdens(FigureScope scope, List<MonthWindow> windows) {
            months = windows;
            return Map.of();
        }

        @Override
        public Map<LedgerCategory, LedgerCounts> ledger(FigureScope scope, Instant now) {
            return ledger;
        }

        @Override
        public Map<ExitState, Long> exitsByState(FigureScope scope) {
            return exits;
        }

        @Override
        public Map<DaysLeftBucket, Long> backlog(FigureScope scope, LocalDate defaultDeadline, LocalDate today,
                                                 List<DeadlineWindow> windows) {
            deadlines = windows;
            return backlog;
        }
    }
}
