package org.fingertip.registry.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ExportRecordTest {
    private static final Instant AT = Instant.parse("2026-11-29T06:05:00Z");

    @Test
    void anExportAboutToLeaveHasNoIdUntilStored() {
        ExportRecord r = ExportRecord.of("supervisor.wuhan", "apps", "状态：已备案", 42, AT);

        assertThat(r.id()).isNull();
        assertThat(r.stored(7)).isEqualTo(new ExportRecord(7L, "supervisor.wuhan", "apps", "状态：已备案", 42, AT));
    }

    @Test
    void refusesARecordThatSaysNothingTrue() {
        assertThatThrownBy(() -> ExportRecord.of(" ", "apps", "", 1, AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExportRecord.of("u", "Apps Export", "", 1, AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExportRecord.of("u", "a".repeat(41), "", 1, AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExportRecord.of("u", "apps", "", -1, AT)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ExportRecord.of("u", "rechecks-apps", "", 0, AT).rows()).isZero();
    }
}
