package org.fingertip.web.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.fingertip.registry.calendar.HolidayYear;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

class HolidayFilesTest {

    @Test
    void readsTheOfficial2026ArrangementShippedWithTheApplication() {
        List<HolidayYear> years = HolidayFiles.load(new DefaultResourceLoader(),
                List.of("classpath:calendar/cn-public-holidays-2026.yaml"));

        assertThat(years).singleElement().satisfies(y -> {
            assertThat(y.year()).isEqualTo(2026);
            assertThat(y.offDays()).contains(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 23),
                    LocalDate.of(2026, 10, 7)).hasSize(33);
            assertThat(y.workDays()).containsExactlyInAnyOrder(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14),
                    LocalDate.of(2026, 2, 28), LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20),
                    LocalDate.of(2026, 10, 10));
        });
        WorkingCalendar calendar = new WorkingCalendar(years);
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 12), 10)).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 10)).isEqualTo(LocalDate.of(2026, 10, 20));
    }

    @Test
    void aMissingFileStopsTheStartWithItsName() {
        assertThatThrownBy(() -> HolidayFiles.load(new DefaultResourceLoader(),
                List.of("classpath:calendar/cn-public-holidays-1999.yaml")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cn-public-holidays-1999.yaml");
    }
}
