package org.fingertip.db.calendar;

import java.time.LocalDate;

/** One stored day of a holiday arrangement. */
public record HolidayDayRow(int year, LocalDate day, String kind) {
}
