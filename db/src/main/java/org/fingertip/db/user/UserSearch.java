package org.fingertip.db.user;

/**
 * Which accounts the administrator's list shows: of a unit, of a role, enabled or not, whose username or name
 * contains the keyword (each null for any), a page of them.
 */
public record UserSearch(String unitCode, String role, Boolean enabled, String keyword, int page, int size) {

    public UserSearch {
        unitCode = blankToNull(unitCode);
        role = blankToNull(role);
        keyword = blankToNull(keyword);
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
    }

    public int offset() {
        return page * size;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
