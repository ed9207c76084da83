package org.fingertip.db.app;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.department.DivisionLevel;

/**
 * The WHERE of a registry search, prepared for the SQL: blank filters are null, the department code is split into a
 * unit or a division code, and the keyword is already a LIKE pattern escaped with '!'.
 */
record AppFilter(String scopePath, String ownerUnitCode, AppStatus status, AppKind kind, DivisionLevel level,
                 String departmentUnitCode, String departmentDivisionCode, String keywordPattern,
                 boolean excludeDrafts) {
}
