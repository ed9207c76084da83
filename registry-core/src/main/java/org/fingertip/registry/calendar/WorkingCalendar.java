package org.fingertip.registry.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in China: Monday to Friday, less public holidays, plus the weekend days declared working days (调休).
 * A year with no data counts weekends only, and says so once in the log. Deadlines fall due at the end of the last
 * working day in {@link #ZONE}. A year's arrangement may be added or replaced while running ({@link #put}): the
 * official one is published each winter for the next year.
 */
public final class WorkingCalendar {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final System.Logger LOG = System.getLogger(WorkingCalendar.class.getName());

    private final Map<Integer, HolidayYear> years = new ConcurrentHashMap<>();
    private final Set<Integer> warned = ConcurrentHashMap.newKeySet();

    public WorkingCalendar(Collection<HolidayYear> holidayYears) {
        for (HolidayYear y : holidayYears) {
            if (years.put(y.year(), y) != null) {
                throw new IllegalArgumentException("节假日安排重复：" + y.year() + " 年");
            }
        }
    }

    public Set<Integer> years() {
        return Set.copyOf(years.keySet());
    }

    /** The arrangement of one year, if it is known. */
    public Optional<HolidayYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /** Adds a year's arrangement, or replaces it; returns the one it replaced, if any. */
    public Optional<HolidayYear> put(HolidayYear year) {
        warned.remove(year.year());
        return Optional.ofNullable(years.put(year.year(), year));
    }

    public boolean isWorkingDay(LocalDate day) {
        HolidayYear y = years.get(day.getYear());
        if (y == null) {
            if (warned.add(day.getYear())) {
                LOG.log(System.Logger.Level.WARNING,
                        "No public-holiday data for {0}: counting weekends only. Add that year''s arrangement.",
                        String.valueOf(day.getYear()));
            }
        } else {
            if (y.offDays().contains(day)) {
                return false;
            }
            if (y.workDays().contains(day)) {
                return true;
            }
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The {@code n}-th working day after {@code start} (the start day itself does not count). */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The {@code n}-th working day before {@code day} (the day itself does not count). */
    public LocalDate subtractWorkingDays(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        LocalDate d = day;
        int counted = 0;
        while (counted < n) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** The end of the {@code n}-th working day after the day of {@code from} in Asia/Shanghai. */
    public Instant dueAfterWorkingDays(Instant from, int n) {
        LocalDate start = from.atZone(ZONE).toLocalDate();
        return endOfDay(addWorkingDays(start, n));
    }

    /** The last second of the day in Asia/Shanghai (whole seconds: databases keep them exactly). */
    public static Instant endOfDay(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.of(23, 59, 59), ZONE).toInstant();
    }
}
