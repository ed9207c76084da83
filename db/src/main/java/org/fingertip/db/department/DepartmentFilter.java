package org.fingertip.db.department;

/**
 * A department filter of a list, split for the SQL: a unit code ({@code <division>-<nnn>}) matches the owner unit
 * exactly; anything else names a division anywhere on the owner's division path. Both null when no filter is given.
 */
public record DepartmentFilter(String unitCode, String divisionCode) {

    public static DepartmentFilter of(String department) {
        if (department == null || department.isBlank()) {
            return new DepartmentFilter(null, null);
        }
        String code = department.trim();
        return code.contains("-") ? new DepartmentFilter(code, null) : new DepartmentFilter(null, code);
    }
}
