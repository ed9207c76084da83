package org.fingertip.registry.testing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fingertip.registry.calendar.HolidayYear;
import org.fingertip.registry.calendar.WorkingCalendar;

/**
 * The official 2026 arrangement (国务院办公厅关于2026年部分节假日安排的通知), copied from
 * shared/data/cn-public-holidays-2026.yaml.
 */
public final class Calendars {
    private Calendars() {
    }

    public static HolidayYear china2026() {
        Set<LocalDate> off = dates(
                // 元旦
                "2026-01-01", "2026-01-02", "2026-01-03",
                // 春节
                "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21",
                "2026-02-22", "2026-02-23",
                // 清明节
                "2026-04-04", "2026-04-05", "2026-04-06",
                // 劳动节
                "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05",
                // 端午节
                "2026-06-19", "2026-06-20", "2026-06-21",
                // 中秋节
                "2026-09-25", "2026-09-26", "2026-09-27",
                // 国庆节
                "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07");
        Set<LocalDate> work = dates(
                "2026-01-04",                 // 元旦
                "2026-02-14", "2026-02-28",   // 春节
                "2026-05-09",                 // 劳动节
                "2026-09-20", "2026-10-10");  // 国庆节
        return new HolidayYear(2026, off, work);
    }

    /** A working calendar that knows 2026 only. */
    public static WorkingCalendar china2026Calendar() {
        return new WorkingCalendar(List.of(china2026()));
    }

    private static Set<LocalDate> dates(String... isoDates) {
        return Arrays.stream(isoDates).map(LocalDate::parse).collect(Collectors.toSet());
    }
}
