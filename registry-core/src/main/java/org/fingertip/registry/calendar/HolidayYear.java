package org.fingertip.registry.calendar;

import java.time.LocalDate;
import java.util.Set;

/** One year's official arrangement: days off (holidays and the weekend days folded into them) and weekend working days. */
public record HolidayYear(int year, Set<LocalDate> offDays, Set<LocalDate> workDays) {

    public HolidayYear {
        offDays = Set.copyOf(offDays);
        workDays = Set.copyOf(workDays);
        for (LocalDate d : offDays) {
            if (d.getYear() != year) {
                throw new IllegalArgumentException("休息日 " + d + " 不属于 " + year + " 年");
            }
            if (workDays.contains(d)) {
                throw new IllegalArgumentException(d + " 不能既是休息日又是调休上班日");
            }
        }
        for (LocalDate d : workDays) {
            if (d.getYear() != year) {
                throw new IllegalArgumentException("调休上班日 " + d + " 不属于 " + year + " 年");
            }
        }
    }
}
