package org.fingertip.registry.evaluation;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

import org.fingertip.registry.calendar.WorkingCalendar;

/**
 * The evaluations within a jurisdiction (the app's owner in the division path prefix), newest first; empty filters
 * match all.
 *
 * @param departmentCode a division or unit code narrowing the scope, or null
 * @param category       only evaluations that report this burden, or null
 * @param from           only evaluations made at or after this instant, or null
 * @param before         only evaluations made before this instant, or null
 */
public record EvaluationQuery(String scopePath, String departmentCode, BurdenCategory category, Instant from,
                              Instant before, int page, int size) {

    public EvaluationQuery {
        Objects.requireNonNull(scopePath, "scopePath");
    }

    /** The first instant of the month in Asia/Shanghai: months of evaluations are counted there. */
    public static Instant monthStart(YearMonth month) {
        return month.atDay(1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
    }

    public int offset() {
        return page * size;
    }
}
