package org.fingertip.registry.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Clearance;
import org.fingertip.registry.app.Pending;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.exit.ExitState;
import org.fingertip.registry.ledger.LedgerCategory;

/**
 * Port: the grouped counts behind the dashboard, each over the same rows as the list it drills down to (the adapter
 * shares each list's WHERE). Groups without rows may be absent; the service fills in the zeros.
 */
public interface DashboardQueries {

    /** Apps of the scope but drafts (what the app list shows anyone but the owner unit), by status. */
    Map<AppStatus, Long> appsByStatus(FigureScope scope);

    Map<AppKind, Long> appsByKind(FigureScope scope);

    Map<DivisionLevel, Long> appsByLevel(FigureScope scope);

    /** Examined apps by where they stand: INTEGRATED, CLOSED, KEPT and EXITING (each examined app in one of them). */
    Map<Clearance, Long> clearance(FigureScope scope);

    /** What waits for review, by kind and by the window of (re)submission it falls in. */
    Map<Pending, Map<AgeBucket, Long>> pending(FigureScope scope, List<SubmittedWindow> windows);

    /** Open tasks due before {@code now}, by the owner unit (with its division path) and by process and task. */
    List<OverdueCount> overdueWork(FigureScope scope, Instant now);

    /** Burdens reported, by category and by month (a burden is one category of one evaluation). */
    Map<BurdenCategory, Map<YearMonth, Long>> burdens(FigureScope scope, List<MonthWindow> months);

    /** Ledger items by category: unfinished, overdue at {@code now}, closed. */
    Map<LedgerCategory, LedgerCounts> ledger(FigureScope scope, Instant now);

    /** Exits by state (EXITED included; the service keeps those in progress). */
    Map<ExitState, Long> exitsByState(FigureScope scope);

    /** The LIVE_UNFILED backlog by the window of filing deadlines it falls in. */
    Map<DaysLeftBucket, Long> backlog(FigureScope scope, LocalDate defaultDeadline, LocalDate today,
                                      List<DeadlineWindow> windows);

    /** A window of (re)submission instants, {@code from} inclusive and {@code before} exclusive; either may be null. */
    record SubmittedWindow(AgeBucket bucket, Instant from, Instant before) {
    }

    /** A calendar month as instants, {@code from} inclusive and {@code before} exclusive. */
    record MonthWindow(YearMonth month, Instant from, Instant before) {
        /** The month as {@code yyyy-MM}. */
        public String key() {
            return month.toString();
        }
    }

    /** A window of filing deadlines, both days inclusive; either may be null. */
    record DeadlineWindow(DaysLeftBucket bucket, LocalDate from, LocalDate to) {
    }

    /** Overdue tasks of one owner unit at one step. */
    record OverdueCount(String divisionPath, String unitCode, String processKey, String taskKey, long count) {
    }
}
