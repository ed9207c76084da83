package org.fingertip.web.table;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes what spreadsheet programs do to values typed into a cell, before the core checks them: dates shown as
 * 2026/3/5 or 2026年3月5日, a month typed as 2026-03 that became the date 2026-03-01 or is shown as 2026年3月, counts
 * with thousands separators or a trailing ".0". Anything else is passed on as it is, for the core to name.
 */
public final class CellText {
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern WHOLE_WITH_ZEROS = Pattern.compile("(\\d+)\\.0+");

    private CellText() {
    }

    /** yyyy-MM from 2026-3, 2026/3, 2026年3月, or the first of the month as a date. */
    public static String month(String value) {
        if (value == null) {
            return null;
        }
        Matcher d = DATE.matcher(value);
        if (d.matches() && Integer.parseInt(d.group(3)) == 1) {
            return d.group(1) + "-" + twoDigits(d.group(2));
        }
        Matcher m = MONTH.matcher(value);
        return m.matches() ? m.group(1) + "-" + twoDigits(m.group(2)) : value;
    }

    /** yyyy-MM-dd from 2026/3/5, 2026-3-5, 2026.3.5 or 2026年3月5日. */
    public static String date(String value) {
        if (value == null) {
            return null;
        }
        Matcher d = DATE.matcher(value);
        return d.matches() ? d.group(1) + "-" + twoDigits(d.group(2)) + "-" + twoDigits(d.group(3)) : value;
    }

    /** 12345 from 12,345 or 12345.0. */
    public static String count(String value) {
        if (value == null) {
            return null;
        }
        if (GROUPED.matcher(value).matches()) {
            return value.replace(",", "");
        }
        Matcher whole = WHOLE_WITH_ZEROS.matcher(value);
        return whole.matches() ? whole.group(1) : value;
    }

    private static String twoDigits(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
