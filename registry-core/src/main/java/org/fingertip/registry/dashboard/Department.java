package org.fingertip.registry.dashboard;

import org.fingertip.registry.department.DivisionLevel;

/** A division or a unit, as figures are grouped by and scoped to: its code, name and level. */
public record Department(String code, String name, DivisionLevel level, boolean unit) {
}
