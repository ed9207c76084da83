package org.fingertip.web.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The filters of an export as the user gave them, by their Chinese names, for the sheet's second row and the record
 * of the export: {@code 状态：已备案；关键词：江城}. Filters not given are left out; none at all reads 无（全部）.
 */
public final class Filters {
    static final String NONE = "无（全部）";

    private final List<Given> given = new ArrayList<>();

    /** One filter: its Chinese name and the value given (text, a number, an enum shown by its label, true). */
    record Given(String name, Object value) {
    }

    private Filters() {
    }

    public static Filters of() {
        return new Filters();
    }

    /** Adds the filter unless it was not given (null, blank, or false for a flag). */
    public Filters and(String name, Object value) {
        boolean absent = value == null || value instanceof String s && s.isBlank() || Boolean.FALSE.equals(value);
        if (!absent) {
            given.add(new Given(name, value instanceof String s ? s.strip() : value));
        }
        return this;
    }

    List<Given> given() {
        return List.copyOf(given);
    }
}
