package org.fingertip.db.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.fingertip.registry.calendar.HolidayYear;
import org.fingertip.registry.calendar.HolidayYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MyBatisHolidayYearsIT {
    @Autowired
    HolidayYears years;

    @Test
    void givenAYearSavedTwice_thenTheSecondArrangementReplacesTheFirst() {
        HolidayYear first = new HolidayYear(2031, Set.of(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 2)),
                Set.of(LocalDate.of(2031, 1, 4)));
        years.save(first, "admin", Instant.parse("2030-11-01T00:00:00Z"));
        HolidayYear second = new HolidayYear(2031, Set.of(LocalDate.of(2031, 1, 1)), Set.of());
        years.save(second, "admin", Instant.parse("2030-11-02T00:00:00Z"));

        assertThat(years.all()).filteredOn(y -> y.year() == 2031).containsExactly(second);
    }
}
