package org.fingertip.db.department;

import org.fingertip.registry.department.DivisionLevel;

/** One unit row joined with its division; {@code mergedInto} the unit it was merged into, or null. */
record UnitRow(String code, String name, String divisionCode, String divisionName, DivisionLevel divisionLevel,
               String divisionParentCode, String divisionPath, String mergedInto) {
}
