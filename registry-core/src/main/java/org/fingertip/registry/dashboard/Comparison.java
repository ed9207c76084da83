package org.fingertip.registry.dashboard;

import java.util.List;

import org.fingertip.registry.department.DivisionLevel;

/** The figures of the divisions of one level within a scope, side by side, ranked by one figure (largest first). */
public record Comparison(Department scope, DivisionLevel level, CompareOrder order, List<Ranked> rows) {

    public Comparison {
        rows = List.copyOf(rows);
    }

    /** One division's figures and its rank (equal figures share a rank). */
    public record Ranked(int rank, double value, DashboardFigures figures) {
    }
}
