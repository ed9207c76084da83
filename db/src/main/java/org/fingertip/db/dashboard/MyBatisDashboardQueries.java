package org.fingertip.db.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.fingertip.db.app.AppCounts;
import org.fingertip.db.evaluation.BurdenCounts;
import org.fingertip.db.exit.ExitCounts;
import org.fingertip.db.inventory.BacklogCounts;
import org.fingertip.db.ledger.LedgerCounts;
import org.fingertip.db.work.OverdueCounts;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Clearance;
import org.fingertip.registry.app.Pending;
import org.fingertip.registry.dashboard.AgeBucket;
import org.fingertip.registry.dashboard.DashboardQueries;
import org.fingertip.registry.dashboard.DaysLeftBucket;
import org.fingertip.registry.dashboard.FigureScope;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.exit.ExitState;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.task.OverdueWorkQuery;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's counts, each asked of the feature that owns its list ({@code AppCounts}, {@code LedgerCounts} …),
 * whose mapper counts on the list's own WHERE: a figure and its list cannot disagree.
 */
@Repository
public class MyBatisDashboardQueries implements DashboardQueries {
    private final AppCounts apps;
    private final LedgerCounts ledger;
    private final ExitCounts exits;
    private final BacklogCounts backlog;
    private final BurdenCounts burdens;
    private final OverdueCounts overdue;
    private final Departments departments;

    public MyBatisDashboardQueries(AppCounts apps, LedgerCounts ledger, ExitCounts exits, BacklogCounts backlog,
                                   BurdenCounts burdens, OverdueCounts overdue, Departments departments) {
        this.apps = apps;
        this.ledger = ledger;
        this.exits = exits;
        this.backlog = backlog;
        this.burdens = burdens;
        this.overdue = overdue;
        this.departments = departments;
    }

    @Override
    public Map<AppStatus, Long> appsByStatus(FigureScope scope) {
        return apps.byStatus(scope.jurisdictionPath(), scope.departmentCode());
    }

    @Override
    public Map<AppKind, Long> appsByKind(FigureScope scope) {
        return apps.byKind(scope.jurisdictionPath(), scope.departmentCode());
    }

    @Override
    public Map<DivisionLevel, Long> appsByLevel(FigureScope scope) {
        return apps.byLevel(scope.jurisdictionPath(), scope.departmentCode());
    }

    @Override
    public Map<Clearance, Long> clearance(FigureScope scope) {
        return apps.clearance(scope.jurisdictionPath(), scope.departmentCode());
    }

    @Override
    public Map<Pending, Map<AgeBucket, Long>> pending(FigureScope scope, List<SubmittedWindow> windows) {
        return apps.pending(scope.jurisdictionPath(), scope.departmentCode(), windows);
    }

    /** The department as the overdue list reads it (Inbox): a unit exactly, a division with its subtree. */
    @Override
    public List<OverdueCount> overdueWork(FigureScope scope, Instant now) {
        String code = scope.departmentCode();
        String unit = null;
        String path = null;
        if (code != null && Unit.isWellFormedCode(code)) {
            unit = code;
        } else if (code != null) {
            path = departments.division(code).map(Division::path).orElse(null);
            if (path == null) {
                return List.of();
            }
        }
        return overdue.byUnitAndStep(new OverdueWorkQuery(scope.jurisdictionPath(), unit, path, null, null, now, 0, 1));
    }

    @Override
    public Map<BurdenCategory, Map<YearMonth, Long>> burdens(FigureScope scope, List<MonthWindow> months) {
        return burdens.byMonth(scope.jurisdictionPath(), scope.departmentCode(), months);
    }

    @Override
    public Map<LedgerCategory, org.fingertip.registry.dashboard.LedgerCounts> ledger(FigureScope scope, Instant now) {
        return ledger.byCategory(scope.jurisdictionPath(), scope.departmentCode(), now);
    }

    @Override
    public Map<ExitState, Long> exitsByState(FigureScope scope) {
        return exits.byState(scope.jurisdictionPath(), scope.departmentCode());
    }

    @Override
    public Map<DaysLeftBucket, Long> backlog(FigureScope scope, LocalDate defaultDeadline, LocalDate today,
                                             List<DeadlineWindow> windows) {
        return backlog.byDaysLeft(scope.jurisdictionPath(), scope.departmentCode(), defaultDeadline, today, windows);
    }
}
