package org.fingertip.db.app;

import java.time.Instant;

import org.fingertip.db.department.DepartmentFilter;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Clearance;
import org.fingertip.registry.app.Pending;
import org.fingertip.registry.department.DivisionLevel;

/**
 * The WHERE of a registry search, prepared for the SQL: blank filters are null, the department code is split into a
 * unit or a division code, and the keyword is already a LIKE pattern escaped with '!'. The dashboard's counts of apps
 * use the same WHERE ({@link #ofScope}).
 */
public record AppFilter(String scopePath, String ownerUnitCode, AppStatus status, AppKind kind, DivisionLevel level,
                        String departmentUnitCode, String departmentDivisionCode, String keywordPattern,
                        boolean excludeDrafts, Pending pending, Instant submittedFrom, Instant submittedBefore,
                        Clearance clearance) {

    /** What the app list shows a reviewer, supervisor or operator of the jurisdiction for a department filter. */
    public static AppFilter ofScope(String jurisdictionPath, String departmentCode) {
        DepartmentFilter department = DepartmentFilter.of(departmentCode);
        return new AppFilter(jurisdictionPath, null, null, null, null, department.unitCode(),
                department.divisionCode(), null, true, null, null, null, null);
    }
}
