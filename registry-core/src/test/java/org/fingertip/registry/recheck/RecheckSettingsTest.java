package org.fingertip.registry.recheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecheckSettingsTest {

    @Test
    void defaultsAreTheNumbersOfTheDomain() {
        RecheckSettings s = RecheckSettings.defaults();
        assertThat(s.zombieDaysApp()).isEqualTo(365);
        assertThat(s.zombieDaysAccount()).isEqualTo(14);
        assertThat(s.usageWindowMonths()).isEqualTo(12);
        assertThat(s.minUsageMonths()).isEqualTo(6);
        assertThat(s.nearZeroUsageRatio()).isEqualTo(0.01);
        assertThat(s.lowUsageRatio()).isEqualTo(0.05);
        assertThat(s.burdenThreshold()).isEqualTo(5);
        assertThat(s.appealWindowDays()).isEqualTo(90);
        assertThat(s.selfInspectionWorkingDays()).isEqualTo(10);
    }

    @ParameterizedTest(name = "[{index}] refused")
    @CsvSource({
            "0,   14, 12, 6,  0.01, 0.05, 5, 90, 10",
            "365, 0,  12, 6,  0.01, 0.05, 5, 90, 10",
            "365, 14, 0,  1,  0.01, 0.05, 5, 90, 10",
            "365, 14, 12, 0,  0.01, 0.05, 5, 90, 10",
            "365, 14, 12, 13, 0.01, 0.05, 5, 90, 10",
            "365, 14, 12, 6,  0,    0.05, 5, 90, 10",
            "365, 14, 12, 6,  0.05, 0.01, 5, 90, 10",
            "365, 14, 12, 6,  0.01, 0.05, 0, 90, 10",
            "365, 14, 12, 6,  0.01, 0.05, 5, 0,  10",
            "365, 14, 12, 6,  0.01, 0.05, 5, 90, 0",
    })
    void refusesNumbersThatMakeNoSense(int zombieDaysApp, int zombieDaysAccount, int window, int minMonths,
            double nearZero, double low, int burden, int appeal, int selfInspection) {
        assertThatThrownBy(() -> new RecheckSettings(zombieDaysApp, zombieDaysAccount, window, minMonths, nearZero, low,
                burden, appeal, selfInspection)).isInstanceOf(IllegalArgumentException.class);
    }
}
