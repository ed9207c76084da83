package org.fingertip.web.dashboard;

import java.util.List;

import org.fingertip.registry.app.Clearance;
import org.fingertip.registry.app.Pending;
import org.fingertip.registry.dashboard.CompareOrder;
import org.fingertip.registry.dashboard.Comparison;
import org.fingertip.registry.dashboard.DashboardFigures;
import org.fingertip.registry.dashboard.DaysLeftBucket;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.web.dashboard.Figure.Filters;
import org.fingertip.web.dashboard.Figure.Lists;
import org.fingertip.web.page.Display;

/**
 * The divisions of one level side by side, ranked: the same figures as the dashboard's headline, each with its
 * drill-down into the division. Governance only: nothing here is grouped by person.
 */
public record CompareJson(DashboardJson.DepartmentJson scope, DivisionLevel level, String levelLabel,
                          CompareOrder sort, String sortLabel, List<CompareOrder> sorts, List<Row> rows) {

    /** One division: its rank by {@code sort}, the value ranked, and its figures. */
    public record Row(int rank, double value, DashboardJson.DepartmentJson department, Figure apps,
                      Figure pendingFilings, Figure pendingChanges, Figure overdueTasks, Figure ledgerOpen,
                      Figure ledgerOverdue, Figure exitsInProgress, Figure backlog, Figure backlogOverdue,
                      Figure examined, Figure cut, double reductionRatePercent) {
    }

    public static CompareJson of(Comparison c, Display display) {
        List<Row> rows = c.rows().stream().map(r -> row(r, display)).toList();
        return new CompareJson(DashboardJson.DepartmentJson.of(c.scope(), display), c.level(), display.label(c.level()),
                c.order(), display.label(c.order()), List.of(CompareOrder.values()), rows);
    }

    private static Row row(Comparison.Ranked r, Display display) {
        DashboardFigures f = r.figures();
        String dept = f.departmentFilter();
        return new Row(r.rank(), r.value(), DashboardJson.DepartmentJson.of(f.department(), display),
                Lists.APPS.figure("APPS", display.text("dashboard.apps.total"), f.appsTotal(), Filters.of(dept)),
                Lists.APPS.figure(Pending.FILING.name(), display.label(Pending.FILING), f.pendingTotal(Pending.FILING),
                        Filters.of(dept).with("pending", Pending.FILING)),
                Lists.APPS.figure(Pending.CHANGE.name(), display.label(Pending.CHANGE), f.pendingTotal(Pending.CHANGE),
                        Filters.of(dept).with("pending", Pending.CHANGE)),
                Lists.OVERDUE_TASKS.figure("OVERDUE_TASKS", display.text("dashboard.overdue.total"), f.overdueTasks(),
                        Filters.of(dept)),
                Lists.LEDGER.figure("OPEN", display.text("dashboard.compare.ledgerOpen"), f.ledgerTotals().open(),
                        Filters.of(dept).with("open", true)),
                Lists.LEDGER.figure("OVERDUE", display.text("dashboard.compare.ledgerOverdue"),
                        f.ledgerTotals().overdue(),
                        Filters.of(dept).with("overdue", true)),
                Lists.EXITS.figure("OPEN", display.text("dashboard.exits.inProgress"), f.exitsInProgressTotal(),
                        Filters.of(dept).with("open", true)),
                Lists.BACKLOG.figure("ALL", display.text("dashboard.backlog.total"), f.backlogTotal(),
                        Filters.of(dept)),
                Lists.BACKLOG.figure(DaysLeftBucket.OVERDUE.name(), display.text("dashboard.compare.backlogOverdue"),
                        f.backlog().get(DaysLeftBucket.OVERDUE),
                        Filters.of(dept).with("maxDaysLeft", DaysLeftBucket.OVERDUE.maxDaysLeft())),
                Lists.APPS.figure(Clearance.EXAMINED.name(), display.label(Clearance.EXAMINED),
                        f.clearance().examined(), Filters.of(dept).with("clearance", Clearance.EXAMINED)),
                Lists.APPS.figure(Clearance.CUT.name(), display.label(Clearance.CUT), f.clearance().cut(),
                        Filters.of(dept).with("clearance", Clearance.CUT)),
                f.clearance().reductionRate().doubleValue());
    }
}
