package org.fingertip.registry.dashboard;

import java.util.function.ToDoubleFunction;

import org.fingertip.registry.shared.Labelled;

/** What the province-wide comparison ranks divisions by, largest first. Figures of governance only, never of people. */
public enum CompareOrder implements Labelled {
    OVERDUE_TASKS("逾期任务", f -> f.overdueTasks()),
    PENDING("待审备案", f -> f.pendingTotal()),
    LEDGER_OVERDUE("逾期整改事项", f -> f.ledgerTotals().overdue()),
    BACKLOG("存量未备案", f -> f.backlogTotal()),
    APPS("应用总数", f -> f.appsTotal()),
    REDUCTION_RATE("压减率", f -> f.clearance().reductionRate().doubleValue());

    private final String label;
    private final ToDoubleFunction<DashboardFigures> key;

    CompareOrder(String label, ToDoubleFunction<DashboardFigures> key) {
        this.label = label;
        this.key = key;
    }

    /** The figure the rows are ranked by. */
    public double of(DashboardFigures figures) {
        return key.applyAsDouble(figures);
    }

    @Override
    public String label() {
        return label;
    }
}
