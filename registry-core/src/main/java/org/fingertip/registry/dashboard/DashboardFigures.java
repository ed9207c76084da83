package org.fingertip.registry.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Pending;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.exit.ExitFigures;
import org.fingertip.registry.exit.ExitState;
import org.fingertip.registry.ledger.LedgerCategory;

/**
 * The figures of one scope at one moment. Every map holds every key of its enum (zeros included), in the enum's order.
 *
 * @param department        the scope: the caller's jurisdiction, or a division or unit within it
 * @param departmentFilter  the {@code department} filter of every drill-down list: null for the whole jurisdiction
 * @param asOf              the instant of "now" (overdue) and the day of "today" (ages, days left)
 * @param months            the last twelve months, oldest first, this month last
 * @param exitsInProgress   exits not yet EXITED, by state
 */
public record DashboardFigures(Department department, String departmentFilter, Instant asOf, LocalDate today,
                               Map<AppStatus, Long> appsByStatus, Map<AppKind, Long> appsByKind,
                               Map<DivisionLevel, Long> appsByLevel, ExitFigures clearance,
                               Map<Pending, Map<AgeBucket, Long>> pending,
                               List<OverdueByDepartment> overdueByDepartment, List<OverdueByStep> overdueByStep,
                               List<YearMonth> months, Map<BurdenCategory, Map<YearMonth, Long>> burdens,
                               Map<LedgerCategory, LedgerCounts> ledger, Map<ExitState, Long> exitsInProgress,
                               Map<DaysLeftBucket, Long> backlog) {

    public long appsTotal() {
        return appsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long pendingTotal(Pending kind) {
        return pending.get(kind).values().stream().mapToLong(Long::longValue).sum();
    }

    public long pendingTotal() {
        return pending.keySet().stream().mapToLong(this::pendingTotal).sum();
    }

    public long overdueTasks() {
        return overdueByStep.stream().mapToLong(OverdueByStep::count).sum();
    }

    public long burdenTotal(BurdenCategory category) {
        return burdens.get(category).values().stream().mapToLong(Long::longValue).sum();
    }

    public long burdenTotal() {
        return burdens.keySet().stream().mapToLong(this::burdenTotal).sum();
    }

    public LedgerCounts ledgerTotals() {
        return ledger.values().stream().reduce(LedgerCounts.NONE, LedgerCounts::plus);
    }

    public long exitsInProgressTotal() {
        return exitsInProgress.values().stream().mapToLong(Long::longValue).sum();
    }

    public long backlogTotal() {
        return backlog.values().stream().mapToLong(Long::longValue).sum();
    }
}
