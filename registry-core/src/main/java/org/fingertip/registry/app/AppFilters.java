package org.fingertip.registry.app;

import java.time.Instant;
import java.time.LocalDate;

import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.department.DivisionLevel;

/**
 * What a registry list is narrowed to, as a user gives it; each may be null. {@code submittedFrom} and
 * {@code submittedTo} are days in Asia/Shanghai, both inclusive, and need {@code pending}.
 */
public record AppFilters(AppStatus status, AppKind kind, DivisionLevel level, String department, String keyword,
                         Pending pending, LocalDate submittedFrom, LocalDate submittedTo, Clearance clearance) {

    public static AppFilters of(AppStatus status, AppKind kind, DivisionLevel level, String department,
                                String keyword) {
        return new AppFilters(status, kind, level, department, keyword, null, null, null, null);
    }

    /** The first instant of {@code submittedFrom} in Asia/Shanghai, or null. */
    public Instant submittedFromInstant() {
        return submittedFrom == null ? null : submittedFrom.atStartOfDay(WorkingCalendar.ZONE).toInstant();
    }

    /** The first instant after {@code submittedTo} in Asia/Shanghai (the range's open end), or null. */
    public Instant submittedBeforeInstant() {
        return submittedTo == null ? null : submittedTo.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
    }
}
