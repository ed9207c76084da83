package org.fingertip.db.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fingertip.db.TestApps.at;

import org.fingertip.registry.admin.DurationKey;
import org.fingertip.registry.admin.DurationOverrides;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MyBatisDurationOverridesIT {
    @Autowired
    DurationOverrides overrides;

    @AfterEach
    void backToTheDefaults() {
        for (DurationKey key : DurationKey.values()) {
            overrides.remove(key);
        }
    }

    @Test
    void givenAValueSetTwice_thenTheLastIsStoredWithWhoAndWhen() {
        overrides.put(DurationKey.FIRST_REVIEW, 7, "admin", at(1));
        overrides.put(DurationKey.FIRST_REVIEW, 8, "admin2", at(2));
        overrides.put(DurationKey.REMINDER, 0, "admin", at(3));

        assertThat(overrides.all()).containsOnlyKeys(DurationKey.FIRST_REVIEW, DurationKey.REMINDER);
        assertThat(overrides.all().get(DurationKey.FIRST_REVIEW))
                .isEqualTo(new DurationOverrides.Stored(8, at(2), "admin2"));
        assertThat(overrides.all().get(DurationKey.REMINDER).workingDays()).isZero();
    }

    @Test
    void givenARemovedValue_thenTheDefaultAppliesAgain() {
        overrides.put(DurationKey.RESUBMIT, 20, "admin", at(1));

        assertThat(overrides.remove(DurationKey.RESUBMIT)).isTrue();
        assertThat(overrides.remove(DurationKey.RESUBMIT)).isFalse();
        assertThat(overrides.all()).doesNotContainKey(DurationKey.RESUBMIT);
    }
}
