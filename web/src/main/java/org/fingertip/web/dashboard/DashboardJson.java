package org.fingertip.web.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Clearance;
import org.fingertip.registry.app.Pending;
import org.fingertip.registry.dashboard.DashboardFigures;
import org.fingertip.registry.dashboard.DaysLeftBucket;
import org.fingertip.registry.dashboard.Department;
import org.fingertip.registry.dashboard.LedgerCounts;
import org.fingertip.registry.dashboard.OverdueByDepartment;
import org.fingertip.registry.dashboard.OverdueByStep;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.exit.ExitFigures;
import org.fingertip.registry.exit.ExitState;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerState;
import org.fingertip.web.dashboard.Figure.Filters;
import org.fingertip.web.dashboard.Figure.Lists;
import org.fingertip.web.page.Display;
import org.fingertip.workflow.task.CaseProcess;
import org.fingertip.workflow.task.TaskType;

/**
 * The dashboard of one scope as JSON: every count a {@link Figure} with its drill-down, labels in the request's
 * language (Chinese first).
 */
public record DashboardJson(DepartmentJson department, Instant asOf, LocalDate today, Apps apps,
                            ClearanceJson clearance, List<PendingRow> pending, Overdue overdueTasks, Burdens burdens,
                            Ledger ledger, Exits exits, Backlog backlog) {

    public record DepartmentJson(String code, String name, DivisionLevel level, String levelLabel, boolean unit) {
        static DepartmentJson of(Department d, Display display) {
            return new DepartmentJson(d.code(), d.name(), d.level(), d.level() == null ? null : display.label(d.level()),
                    d.unit());
        }
    }

    public record Apps(Figure total, List<Figure> byStatus, List<Figure> byKind, List<Figure> byLevel) {
    }

    /** Examined, cut and the rest (ExitFigures), the reduction rate: cut over examined, in percent. */
    public record ClearanceJson(Figure examined, Figure cut, Figure integrated, Figure closed, Figure kept,
                                Figure exiting, double reductionRatePercent) {
    }

    /** What waits for review, of one kind: all of it, and by age since (re)submission. */
    public record PendingRow(String key, String label, Figure total, List<Figure> byAge) {
    }

    public record Overdue(Figure total, List<Figure> byDepartment, List<Figure> byStep) {
    }

    /** Burdens reported, by category: the twelve months' total and each month (months oldest first). */
    public record Burdens(List<String> months, List<BurdenRow> byCategory) {
    }

    public record BurdenRow(String key, String label, Figure total, List<Figure> byMonth) {
    }

    public record Ledger(Figure open, Figure overdue, Figure closed, List<LedgerRow> byCategory) {
    }

    public record LedgerRow(String key, String label, Figure open, Figure overdue, Figure closed) {
    }

    public record Exits(Figure inProgress, List<Figure> byState) {
    }

    public record Backlog(Figure total, List<Figure> byDaysLeft) {
    }

    /** Builds the JSON of figures; the drill-down filters are the lists' own parameters. */
    public static DashboardJson of(DashboardFigures f, Display display) {
        String dept = f.departmentFilter();
        LocalDate today = f.today();

        List<Figure> byStatus = new ArrayList<>();
        f.appsByStatus().forEach((s, n) -> {
            if (s != AppStatus.DRAFT) {
                byStatus.add(Lists.APPS.figure(s.name(), display.label(s), n, Filters.of(dept).with("status", s)));
            }
        });
        List<Figure> byKind = new ArrayList<>();
        f.appsByKind().forEach((k, n) -> byKind.add(Lists.APPS.figure(k.name(), display.label(k), n,
                Filters.of(dept).with("kind", k))));
        List<Figure> byLevel = new ArrayList<>();
        f.appsByLevel().forEach((l, n) -> byLevel.add(Lists.APPS.figure(l.name(), display.label(l), n,
                Filters.of(dept).with("level", l))));
        Apps apps = new Apps(Lists.APPS.figure("ALL", display.text("dashboard.apps.total"), f.appsTotal(),
                Filters.of(dept)), byStatus, byKind, byLevel);

        ExitFigures c = f.clearance();
        ClearanceJson clearance = new ClearanceJson(clearance(Clearance.EXAMINED, c.examined(), dept, display),
                clearance(Clearance.CUT, c.cut(), dept, display),
                clearance(Clearance.INTEGRATED, c.integrated(), dept, display),
                clearance(Clearance.CLOSED, c.closed(), dept, display),
                clearance(Clearance.KEPT, c.kept(), dept, display),
                clearance(Clearance.EXITING, c.exiting(), dept, display), c.reductionRate().doubleValue());

        List<PendingRow> pending = new ArrayList<>();
        for (Pending p : Pending.values()) {
            List<Figure> byAge = new ArrayList<>();
            f.pending().get(p).forEach((b, n) -> byAge.add(Lists.APPS.figure(b.name(), display.label(b), n,
                    Filters.of(dept).with("pending", p).with("submittedFrom", b.submittedFrom(today))
                            .with("submittedTo", b.submittedTo(today)))));
            pending.add(new PendingRow(p.name(), display.label(p), Lists.APPS.figure(p.name(), display.label(p),
                    f.pendingTotal(p), Filters.of(dept).with("pending", p)), byAge));
        }

        List<Figure> byDepartment = new ArrayList<>();
        for (OverdueByDepartment r : f.overdueByDepartment()) {
            byDepartment.add(Lists.OVERDUE_TASKS.figure(r.department().code(), r.department().name(), r.count(),
                    Filters.of(r.department().code())));
        }
        List<Figure> byStep = new ArrayList<>();
        for (OverdueByStep r : f.overdueByStep()) {
            CaseProcess process = CaseProcess.ofKey(r.processKey()).orElse(null);
            TaskType type = TaskType.ofDefinitionKey(r.taskKey()).orElse(null);
            String label = (process == null ? r.processKey() : display.label(process)) + " · "
                    + (type == null ? r.taskKey() : display.label(type));
            byStep.add(Lists.OVERDUE_TASKS.figure(type == null ? r.taskKey() : type.name(), label, r.count(),
                    Filters.of(dept).with("process", process).with("type", type)));
        }
        Overdue overdue = new Overdue(Lists.OVERDUE_TASKS.figure("ALL", display.text("dashboard.overdue.total"),
                f.overdueTasks(), Filters.of(dept)), byDepartment, byStep);

        List<String> months = f.months().stream().map(YearMonth::toString).toList();
        List<BurdenRow> burdenRows = new ArrayList<>();
        String first = months.get(0);
        String last = months.get(months.size() - 1);
        for (Map.Entry<BurdenCategory, Map<YearMonth, Long>> e : f.burdens().entrySet()) {
            BurdenCategory category = e.getKey();
            List<Figure> byMonth = new ArrayList<>();
            e.getValue().forEach((m, n) -> byMonth.add(Lists.EVALUATIONS.figure(m.toString(), m.toString(), n,
                    Filters.of(dept).with("category", category).with("month", m))));
            burdenRows.add(new BurdenRow(category.name(), display.label(category),
                    Lists.EVALUATIONS.figure(category.name(), display.label(category), f.burdenTotal(category),
                            Filters.of(dept).with("category", category).with("from", first).with("to", last)),
                    byMonth));
        }

        List<LedgerRow> ledgerRows = new ArrayList<>();
        for (Map.Entry<LedgerCategory, LedgerCounts> e : f.ledger().entrySet()) {
            LedgerCategory category = e.getKey();
            String label = display.label(category);
            ledgerRows.add(new LedgerRow(category.name(), label,
                    Lists.LEDGER.figure("OPEN", label, e.getValue().open(),
                            Filters.of(dept).with("category", category).with("open", true)),
                    Lists.LEDGER.figure("OVERDUE", label, e.getValue().overdue(),
                            Filters.of(dept).with("category", category).with("overdue", true)),
                    Lists.LEDGER.figure("CLOSED", label, e.getValue().closed(),
                            Filters.of(dept).with("category", category).with("state", LedgerState.CLOSED))));
        }
        LedgerCounts totals = f.ledgerTotals();
        Ledger ledger = new Ledger(
                Lists.LEDGER.figure("OPEN", display.text("dashboard.ledger.open"), totals.open(),
                        Filters.of(dept).with("open", true)),
                Lists.LEDGER.figure("OVERDUE", display.text("dashboard.ledger.overdue"), totals.overdue(),
                        Filters.of(dept).with("overdue", true)),
                Lists.LEDGER.figure("CLOSED", display.text("dashboard.ledger.closed"), totals.closed(),
                        Filters.of(dept).with("state", LedgerState.CLOSED)),
                ledgerRows);

        List<Figure> byState = new ArrayList<>();
        for (Map.Entry<ExitState, Long> e : f.exitsInProgress().entrySet()) {
            byState.add(Lists.EXITS.figure(e.getKey().name(), display.label(e.getKey()), e.getValue(),
                    Filters.of(dept).with("state", e.getKey())));
        }
        Exits exits = new Exits(Lists.EXITS.figure("OPEN", display.text("dashboard.exits.inProgress"),
                f.exitsInProgressTotal(), Filters.of(dept).with("open", true)), byState);

        List<Figure> byDaysLeft = new ArrayList<>();
        for (Map.Entry<DaysLeftBucket, Long> e : f.backlog().entrySet()) {
            DaysLeftBucket b = e.getKey();
            byDaysLeft.add(Lists.BACKLOG.figure(b.name(), display.label(b), e.getValue(),
                    Filters.of(dept).with("minDaysLeft", b.minDaysLeft()).with("maxDaysLeft", b.maxDaysLeft())));
        }
        Backlog backlog = new Backlog(Lists.BACKLOG.figure("ALL", display.text("dashboard.backlog.total"),
                f.backlogTotal(), Filters.of(dept)), byDaysLeft);

        return new DashboardJson(DepartmentJson.of(f.department(), display), f.asOf(), today, apps, clearance,
                List.copyOf(pending), overdue, new Burdens(months, burdenRows), ledger, exits, backlog);
    }

    private static Figure clearance(Clearance c, long n, String dept, Display display) {
        return Lists.APPS.figure(c.name(), display.label(c), n, Filters.of(dept).with("clearance", c));
    }
}
