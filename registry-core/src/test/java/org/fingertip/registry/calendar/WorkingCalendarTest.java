package org.fingertip.registry.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.fingertip.registry.testing.Calendars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final WorkingCalendar calendar = Calendars.china2026Calendar();

    @Test
    void tenWorkingDaysFromBeforeSpringFestivalSkipTheHolidayButCountTheWorkingSaturdays() {
        // Thu 12 Feb; counted: 13, Sat 14 (调休), 24, 25, 26, 27, Sat 28 (调休), 2, 3, 4 March
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 12), 10)).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void tenWorkingDaysFromTheEveOfNationalDayLandOnTwentiethOfOctober() {
        // Wed 30 Sep; 1–7 Oct off; counted: 8, 9, Sat 10 (调休), 12, 13, 14, 15, 16, 19, 20
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 10)).isEqualTo(LocalDate.of(2026, 10, 20));
    }

    @Test
    void dueInstantIsTheLastSecondOfTheDayInShanghai() {
        Instant started = ZonedDateTime.of(2026, 2, 12, 15, 30, 0, 0, SHANGHAI).toInstant();

        Instant due = calendar.dueAfterWorkingDays(started, 10);

        assertThat(due).isEqualTo(ZonedDateTime.of(2026, 3, 4, 23, 59, 59, 0, SHANGHAI).toInstant());
        assertThat(due).isEqualTo(Instant.parse("2026-03-04T15:59:59Z"));
    }

    @Test
    void startDayIsTakenInShanghaiNotInUtc() {
        // 16:30 UTC on 12 Feb is already 00:30 on Fri 13 Feb in Shanghai: counting starts a day later
        Instant started = Instant.parse("2026-02-12T16:30:00Z");

        assertThat(calendar.dueAfterWorkingDays(started, 10))
                .isEqualTo(ZonedDateTime.of(2026, 3, 5, 23, 59, 59, 0, SHANGHAI).toInstant());
    }

    @Test
    void endOfDayIsOneSecondBeforeMidnightInShanghai() {
        assertThat(WorkingCalendar.endOfDay(LocalDate.of(2026, 10, 20)))
                .isEqualTo(ZonedDateTime.of(LocalDate.of(2026, 10, 21), LocalTime.MIDNIGHT, SHANGHAI).toInstant()
                        .minusSeconds(1));
    }

    @Test
    void zeroWorkingDaysIsTheStartDayItself() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 10, 3), 0)).isEqualTo(LocalDate.of(2026, 10, 3));
    }

    @Test
    void refusesNegativeWorkingDays() {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 3, 2), -1))
                .withMessageContaining("-1");
    }

    @Test
    void yearWithoutDataCountsWeekendsOnly() {
        // 1 Jan 2027 is a Friday; with no 2027 data it is an ordinary working day
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 2))).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 1, 1), 5)).isEqualTo(LocalDate.of(2027, 1, 8));
    }

    @Test
    void calendarWithoutAnyDataCountsMondayToFriday() {
        WorkingCalendar bare = new WorkingCalendar(List.of());

        assertThat(bare.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(bare.isWorkingDay(LocalDate.of(2026, 2, 14))).isFalse();
        assertThat(bare.addWorkingDays(LocalDate.of(2026, 2, 12), 10)).isEqualTo(LocalDate.of(2026, 2, 26));
    }

    @Test
    void refusesTheSameYearTwice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WorkingCalendar(List.of(Calendars.china2026(), Calendars.china2026())))
                .withMessageContaining("2026");
    }

    @Test
    void knowsWhichYearsItHas() {
        assertThat(calendar.years()).containsExactly(2026);
    }

    @ParameterizedTest(name = "{0} ({1}) working day: {2}")
    @CsvSource({
            // public holidays
            "2026-01-01, 元旦,                    false",
            "2026-02-16, 春节 Monday,             false",
            "2026-02-20, 春节 Friday,             false",
            "2026-04-06, 清明节 Monday,           false",
            "2026-05-05, 劳动节 Tuesday,          false",
            "2026-06-19, 端午节 Friday,           false",
            "2026-09-25, 中秋节 Friday,           false",
            "2026-10-01, 国庆节 Thursday,         false",
            "2026-10-07, 国庆节 Wednesday,        false",
            // weekend days declared working days (调休)
            "2026-01-04, 调休 Sunday,             true",
            "2026-02-14, 调休 Saturday,           true",
            "2026-02-28, 调休 Saturday,           true",
            "2026-05-09, 调休 Saturday,           true",
            "2026-09-20, 调休 Sunday,             true",
            "2026-10-10, 调休 Saturday,           true",
            // ordinary weekends and weekdays
            "2026-03-07, normal Saturday,         false",
            "2026-03-08, normal Sunday,           false",
            "2026-10-11, Sunday after 调休,        false",
            "2026-03-04, normal Wednesday,        true",
            "2026-02-13, Friday before 春节,       true",
            "2026-10-08, first day after 国庆节,   true"})
    void knowsHolidaysAdjustedWorkingDaysAndWeekends(LocalDate day, String what, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @Test
    void fixtureMatchesTheOfficialArrangement() {
        HolidayYear y = Calendars.china2026();

        assertThat(y.offDays()).hasSize(33);
        assertThat(y.workDays()).hasSize(6).allSatisfy(d -> assertThat(d.getDayOfWeek())
                .isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void holidayYearRefusesDaysOfAnotherYear() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new HolidayYear(2026, Set.of(LocalDate.of(2027, 1, 1)), Set.of()))
                .withMessageContaining("2027-01-01");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new HolidayYear(2026, Set.of(), Set.of(LocalDate.of(2025, 12, 28))))
                .withMessageContaining("2025-12-28");
    }

    @Test
    void holidayYearRefusesADayThatIsBothOffAndWorking() {
        LocalDate day = LocalDate.of(2026, 2, 14);

        assertThatIllegalArgumentException().isThrownBy(() -> new HolidayYear(2026, Set.of(day), Set.of(day)))
                .withMessageContaining("2026-02-14");
    }
}
