package org.fingertip.registry.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class DurationSettingsTest {
    private static final Instant AT = Instant.parse("2026-05-11T02:00:00Z");

    private static Map<DurationKey, Integer> defaults() {
        Map<DurationKey, Integer> d = new EnumMap<>(DurationKey.class);
        d.put(DurationKey.FIRST_REVIEW, 10);
        d.put(DurationKey.PROVINCIAL_REVIEW, 10);
        d.put(DurationKey.RESUBMIT, 15);
        d.put(DurationKey.EXIT_PLAN, 10);
        d.put(DurationKey.OTHER_TASK, 5);
        d.put(DurationKey.REMINDER, 2);
        return d;
    }

    @Test
    void aStoredValueWinsOverTheDefaultAndTheDefaultStaysKnown() {
        DurationSettings settings = new DurationSettings(defaults(),
                Map.of(DurationKey.FIRST_REVIEW, new DurationOverrides.Stored(7, AT, "admin")));

        assertThat(settings.current(DurationKey.FIRST_REVIEW)).isEqualTo(7);
        assertThat(settings.defaultOf(DurationKey.FIRST_REVIEW)).isEqualTo(10);
        assertThat(settings.current(DurationKey.RESUBMIT)).isEqualTo(15);
        assertThat(settings.lines()).hasSize(DurationKey.values().length);
        assertThat(settings.lines().get(0)).satisfies(l -> {
            assertThat(l.key()).isEqualTo(DurationKey.FIRST_REVIEW);
            assertThat(l.current()).isEqualTo(7);
            assertThat(l.isOverridden()).isTrue();
            assertThat(l.updatedBy()).isEqualTo("admin");
        });
        assertThat(settings.lines().get(2).isOverridden()).isFalse();
    }

    @Test
    void everyDurationNeedsADefault() {
        Map<DurationKey, Integer> partial = defaults();
        partial.remove(DurationKey.REMINDER);
        assertThatThrownBy(() -> new DurationSettings(partial, Map.of())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aValueOutsideItsBoundsIsRefusedWithTheBounds() {
        assertThat(DurationSettings.validate(DurationKey.FIRST_REVIEW, 1)).isEqualTo(1);
        assertThat(DurationSettings.validate(DurationKey.REMINDER, 0)).isZero();
        assertThatThrownBy(() -> DurationSettings.validate(DurationKey.FIRST_REVIEW, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("“市级初审”须在 1 至 60 个工作日之间")
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
                        .containsExactly("workingDays"));
        assertThatThrownBy(() -> DurationSettings.validate(DurationKey.REMINDER, 21))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("0 至 20");
        assertThatThrownBy(() -> DurationSettings.validate(DurationKey.RESUBMIT, null))
                .isInstanceOf(InvalidInputException.class).hasMessage("请填写天数");
    }
}
