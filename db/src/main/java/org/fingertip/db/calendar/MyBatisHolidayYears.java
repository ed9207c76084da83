package org.fingertip.db.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.fingertip.registry.calendar.HolidayYear;
import org.fingertip.registry.calendar.HolidayYears;
import org.springframework.stereotype.Repository;

/** Holiday arrangements on MyBatis: a year's row (who changed it when) and its days, replaced as a whole. */
@Repository
public class MyBatisHolidayYears implements HolidayYears {
    private static final String OFF = "OFF";
    private static final String WORK = "WORK";

    private final HolidayMapper mapper;

    public MyBatisHolidayYears(HolidayMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<HolidayYear> all() {
        Map<Integer, Set<LocalDate>> off = new TreeMap<>();
        Map<Integer, Set<LocalDate>> work = new TreeMap<>();
        for (Integer year : mapper.years()) {
            off.put(year, new HashSet<>());
            work.put(year, new HashSet<>());
        }
        for (HolidayDayRow d : mapper.days()) {
            (OFF.equals(d.kind()) ? off : work).computeIfAbsent(d.year(), y -> new HashSet<>()).add(d.day());
        }
        List<HolidayYear> years = new ArrayList<>();
        off.forEach((year, days) -> years.add(new HolidayYear(year, days, work.getOrDefault(year, Set.of()))));
        return years;
    }

    @Override
    public void save(HolidayYear year, String by, Instant at) {
        if (mapper.updateYear(year.year(), by, at) == 0) {
            mapper.insertYear(year.year(), by, at);
        }
        mapper.deleteDays(year.year());
        for (LocalDate d : year.offDays()) {
            mapper.insertDay(year.year(), d, OFF);
        }
        for (LocalDate d : year.workDays()) {
            mapper.insertDay(year.year(), d, WORK);
        }
    }
}
