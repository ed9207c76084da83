package org.fingertip.registry.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.AppFilters;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Clearance;
import org.fingertip.registry.app.Pending;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.evaluation.EvaluationQuery;
import org.fingertip.registry.exit.ExitFigures;
import org.fingertip.registry.exit.ExitState;
import org.fingertip.registry.inventory.BacklogQuery;
import org.fingertip.registry.inventory.InventorySettings;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;

/**
 * The supervisor's dashboard: the figures of its jurisdiction, or of a division or unit within it, and the same
 * figures per city or district side by side. Each figure is the total of a list under filters the caller can follow
 * (the drill-down): the windows of days and months are computed here once and handed both to the counts and, as
 * filters, to the lists.
 */
public final class Dashboard {
    private static final Pattern UNIT = Pattern.compile("\\d{6,12}-\\d{3}");
    private static final Pattern DIVISION = Pattern.compile("\\d{6,12}");
    public static final int MONTHS = 12;

    private final DashboardQueries queries;
    private final Departments departments;
    private final InventorySettings inventory;
    private final Clock clock;

    public Dashboard(DashboardQueries queries, Departments departments, InventorySettings inventory, Clock clock) {
        this.queries = queries;
        this.departments = departments;
        this.inventory = inventory;
        this.clock = clock;
    }

    /**
     * The figures of the actor's jurisdiction, or of the division or unit {@code department} within it: 400 for a
     * code of the wrong shape, 404 for one unknown or outside the jurisdiction (never told apart).
     */
    public DashboardFigures figures(Actor actor, String department) {
        requireSupervisor(actor);
        return compute(actor.jurisdiction().path(), resolve(actor, department), clock.instant());
    }

    /**
     * The figures of every division of {@code level} (CITY or COUNTY) within the actor's jurisdiction or the division
     * {@code department} in it, ranked by {@code order} (default: overdue tasks). Without a level, the level just
     * below the scope: a province's cities, a city's districts and counties.
     */
    public Comparison compare(Actor actor, String department, DivisionLevel level, CompareOrder order) {
        requireSupervisor(actor);
        Scope scope = resolve(actor, department);
        if (scope.division() == null) {
            throw new InvalidInputException("对比须按区划", List.of(new FieldError("department",
                    "请填写区划代码（如 420000 或 420100），单位不能再分区划对比")));
        }
        DivisionLevel wanted = level != null ? level
                : scope.division().level() == DivisionLevel.PROVINCE ? DivisionLevel.CITY : DivisionLevel.COUNTY;
        if (wanted != DivisionLevel.CITY && wanted != DivisionLevel.COUNTY) {
            throw new InvalidInputException("对比层级有误", List.of(new FieldError("level", "层级应为 CITY（市）或 COUNTY（县区）")));
        }
        CompareOrder by = order == null ? CompareOrder.OVERDUE_TASKS : order;
        Instant now = clock.instant();
        String jurisdiction = actor.jurisdiction().path();
        List<DashboardFigures> all = new ArrayList<>();
        for (Division d : departments.divisionsWithin(scope.division().code())) {
            if (d.level() == wanted) {
                all.add(compute(jurisdiction, new Scope(departmentOf(d), d.code(), d, null), now));
            }
        }
        all.sort(Comparator.comparingDouble(by::of).reversed()
                .thenComparing(f -> f.department().code()));
        List<Comparison.Ranked> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            double value = by.of(all.get(i));
            int rank = i > 0 && value == rows.get(i - 1).value() ? rows.get(i - 1).rank() : i + 1;
            rows.add(new Comparison.Ranked(rank, value, all.get(i)));
        }
        return new Comparison(scope.department(), wanted, by, rows);
    }

    // ---- one scope ---------------------------------------------------------------------------------------------------

    private DashboardFigures compute(String jurisdictionPath, Scope s, Instant now) {
        FigureScope scope = new FigureScope(jurisdictionPath, s.filter());
        LocalDate today = LocalDate.ofInstant(now, WorkingCalendar.ZONE);

        Map<Clearance, Long> c = queries.clearance(scope);
        long integrated = c.getOrDefault(Clearance.INTEGRATED, 0L);
        long closed = c.getOrDefault(Clearance.CLOSED, 0L);
        long kept = c.getOrDefault(Clearance.KEPT, 0L);
        long exiting = c.getOrDefault(Clearance.EXITING, 0L);
        ExitFigures clearance = new ExitFigures(integrated + closed + kept + exiting, integrated, closed, kept, exiting);

        List<DashboardQueries.SubmittedWindow> submitted = new ArrayList<>();
        for (AgeBucket b : AgeBucket.values()) {
            // the list's own conversion of its filter days into instants
            AppFilters f = new AppFilters(null, null, null, null, null, Pending.FILING, b.submittedFrom(today),
                    b.submittedTo(today), null);
            submitted.add(new DashboardQueries.SubmittedWindow(b, f.submittedFromInstant(), f.submittedBeforeInstant()));
        }
        Map<Pending, Map<AgeBucket, Long>> found = queries.pending(scope, submitted);
        Map<Pending, Map<AgeBucket, Long>> pending = new EnumMap<>(Pending.class);
        for (Pending p : Pending.values()) {
            pending.put(p, complete(AgeBucket.class, found.getOrDefault(p, Map.of())));
        }

        List<DashboardQueries.OverdueCount> overdue = queries.overdueWork(scope, now);

        List<YearMonth> months = new ArrayList<>();
        List<DashboardQueries.MonthWindow> monthWindows = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            YearMonth m = YearMonth.from(today).minusMonths(i);
            months.add(m);
            monthWindows.add(new DashboardQueries.MonthWindow(m, EvaluationQuery.monthStart(m),
                    EvaluationQuery.monthStart(m.plusMonths(1))));
        }
        Map<BurdenCategory, Map<YearMonth, Long>> reported = queries.burdens(scope, monthWindows);
        Map<BurdenCategory, Map<YearMonth, Long>> burdens = new EnumMap<>(BurdenCategory.class);
        for (BurdenCategory category : BurdenCategory.values()) {
            Map<YearMonth, Long> byMonth = new LinkedHashMap<>();
            for (YearMonth m : months) {
                byMonth.put(m, reported.getOrDefault(category, Map.of()).getOrDefault(m, 0L));
            }
            burdens.put(category, Collections.unmodifiableMap(byMonth));
        }

        Map<LedgerCategory, LedgerCounts> ledger = new EnumMap<>(LedgerCategory.class);
        Map<LedgerCategory, LedgerCounts> counted = queries.ledger(scope, now);
        for (LedgerCategory category : LedgerCategory.values()) {
            ledger.put(category, counted.getOrDefault(category, LedgerCounts.NONE));
        }

        Map<ExitState, Long> exits = new EnumMap<>(ExitState.class);
        complete(ExitState.class, queries.exitsByState(scope)).forEach((state, n) -> {
            if (!state.isFinal()) {
                exits.put(state, n);
            }
        });

        List<DashboardQueries.DeadlineWindow> deadlines = new ArrayList<>();
        for (DaysLeftBucket b : DaysLeftBucket.values()) {
            // the backlog list's own reading of its days-left filter as deadlines
            BacklogQuery q = new BacklogQuery(jurisdictionPath, s.filter(), inventory.filingDeadline(), today, 0, 1,
                    b.minDaysLeft(), b.maxDaysLeft());
            deadlines.add(new DashboardQueries.DeadlineWindow(b, q.deadlineFrom(), q.deadlineTo()));
        }

        return new DashboardFigures(s.department(), s.filter(), now, today,
                complete(AppStatus.class, queries.appsByStatus(scope)),
                complete(AppKind.class, queries.appsByKind(scope)),
                complete(DivisionLevel.class, queries.appsByLevel(scope)),
                clearance, Collections.unmodifiableMap(pending), byDepartment(s, overdue), byStep(overdue),
                List.copyOf(months), Collections.unmodifiableMap(burdens), Collections.unmodifiableMap(ledger),
                Collections.unmodifiableMap(exits),
                complete(DaysLeftBucket.class, queries.backlog(scope, inventory.filingDeadline(), today, deadlines)));
    }

    /**
     * Overdue tasks by department of the scope: each division directly below it (zeros included, for the chart) with
     * what lies under it, and each unit directly in the scope's own division that has any; a unit scope is one row.
     */
    private List<OverdueByDepartment> byDepartment(Scope s, List<DashboardQueries.OverdueCount> rows) {
        if (s.unit() != null) {
            long n = rows.stream().mapToLong(DashboardQueries.OverdueCount::count).sum();
            return List.of(new OverdueByDepartment(s.department(), n));
        }
        String path = s.division().path();
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Department> named = new LinkedHashMap<>();
        for (Division d : departments.divisionsWithin(s.division().code())) {
            if (s.division().code().equals(d.parentCode())) {
                counts.put(d.code(), 0L);
                named.put(d.code(), departmentOf(d));
            }
        }
        for (DashboardQueries.OverdueCount r : rows) {
            if (r.divisionPath() == null || !r.divisionPath().startsWith(path)) {
                continue;
            }
            String key;
            if (r.divisionPath().equals(path)) {
                key = r.unitCode();
                named.computeIfAbsent(key, code -> departments.unit(code)
                        .map(u -> new Department(u.code(), u.name(), u.level(), true))
                        .orElse(new Department(code, code, s.division().level(), true)));
            } else {
                key = r.divisionPath().substring(path.length()).split("/")[0];
                named.computeIfAbsent(key, code -> departments.division(code).map(Dashboard::departmentOf)
                        .orElse(new Department(code, code, null, false)));
            }
            counts.merge(key, r.count(), Long::sum);
        }
        List<OverdueByDepartment> result = new ArrayList<>();
        counts.forEach((code, n) -> result.add(new OverdueByDepartment(named.get(code), n)));
        result.sort(Comparator.comparingLong(OverdueByDepartment::count).reversed()
                .thenComparing(r -> r.department().code()));
        return List.copyOf(result);
    }

    private static List<OverdueByStep> byStep(List<DashboardQueries.OverdueCount> rows) {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        for (DashboardQueries.OverdueCount r : rows) {
            counts.merge(List.of(r.processKey(), r.taskKey()), r.count(), Long::sum);
        }
        List<OverdueByStep> result = new ArrayList<>();
        counts.forEach((key, n) -> result.add(new OverdueByStep(key.get(0), key.get(1), n)));
        result.sort(Comparator.comparingLong(OverdueByStep::count).reversed()
                .thenComparing(OverdueByStep::processKey).thenComparing(OverdueByStep::taskKey));
        return List.copyOf(result);
    }

    // ---- scope -------------------------------------------------------------------------------------------------------

    /** The department figures are counted for, and the {@code department} filter that selects it in the lists. */
    private record Scope(Department department, String filter, Division division, Unit unit) {
    }

    private Scope resolve(Actor actor, String department) {
        String code = department == null || department.isBlank() ? null : department.strip();
        if (code == null) {
            Division j = actor.jurisdiction();
            return new Scope(departmentOf(j), null, j, null);
        }
        if (code.length() > 30 || !(UNIT.matcher(code).matches() || DIVISION.matcher(code).matches())) {
            throw new InvalidInputException("部门编码有误", List.of(new FieldError("department",
                    "应为区划代码（如 420100）或单位编码（如 420100-007）")));
        }
        if (UNIT.matcher(code).matches()) {
            Unit unit = departments.unit(code).filter(u -> actor.oversees(u.division()))
                    .orElseThrow(() -> new NotFoundException("您的辖区内没有单位 " + code));
            return new Scope(new Department(unit.code(), unit.name(), unit.level(), true), unit.code(), null, unit);
        }
        Division division = departments.division(code).filter(actor::oversees)
                .orElseThrow(() -> new NotFoundException("您的辖区内没有区划 " + code));
        return new Scope(departmentOf(division), division.code(), division, null);
    }

    private static Department departmentOf(Division d) {
        return new Department(d.code(), d.name(), d.level(), false);
    }

    private static void requireSupervisor(Actor actor) {
        if (!actor.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("只有督查员可以查看督查看板");
        }
        if (actor.jurisdiction() == null) {
            throw new NotFoundException("您没有辖区");
        }
    }

    private static <E extends Enum<E>> Map<E, Long> complete(Class<E> type, Map<E, Long> counts) {
        Map<E, Long> all = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            all.put(e, counts.getOrDefault(e, 0L));
        }
        return Collections.unmodifiableMap(all);
    }

}
