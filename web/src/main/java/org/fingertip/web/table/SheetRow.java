package org.fingertip.web.table;

import java.util.List;

/**
 * One non-blank row of an uploaded table as text cells, with its line in the file (1-based, as a spreadsheet
 * program numbers it); {@code unreadable} says why a row could not be split into cells.
 */
public record SheetRow(int line, List<String> cells, String unreadable) {

    public static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
