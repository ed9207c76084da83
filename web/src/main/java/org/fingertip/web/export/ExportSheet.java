package org.fingertip.web.export;

import java.util.List;
import java.util.Objects;

/**
 * What one list's export hands the writer: the list's key for the record of exports ({@code apps}), its Chinese
 * title (the sheet's first row and the file's name), the filters as given, the columns, and the list itself a page at
 * a time from the same core query the list endpoint calls.
 */
public record ExportSheet<R>(String list, String title, Filters filters, List<Column<R>> columns, Pages<R> pages) {

    public ExportSheet {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(pages, "pages");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an export has columns");
        }
    }

    /**
     * The list, page by page in its own order (page 0 first), each page with the list's total. Page 0 is asked for
     * before anything is written, so the same checks as the list's refuse bad filters and foreign jurisdictions.
     */
    @FunctionalInterface
    public interface Pages<R> {
        Page<R> page(int page, int size);
    }

    /** One page of the list and the list's total. */
    public record Page<R>(List<R> items, long total) {
    }
}
