package org.fingertip.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DeliverySettingsTest {

    @Test
    void theBackoffDoublesFromThirtySecondsAndStopsAtAnHour() {
        DeliverySettings s = DeliverySettings.defaults();

        assertThat(s.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.backoffAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(s.backoffAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(s.backoffAfter(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(s.backoffAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(s.backoffAfter(1000)).isEqualTo(Duration.ofHours(1));
        assertThatIllegalArgumentException().isThrownBy(() -> s.backoffAfter(0));
    }

    @Test
    void theDefaultsAreMailOffEightAttemptsAndNoSiteLinks() {
        DeliverySettings s = DeliverySettings.defaults();

        assertThat(s.emailEnabled()).isFalse();
        assertThat(s.maxAttempts()).isEqualTo(8);
        assertThat(s.siteUrl()).isNull();
        assertThat(s.withEmail(true).emailEnabled()).isTrue();
    }

    @Test
    void nonsenseIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DeliverySettings(true, 0, Duration.ofSeconds(30),
                Duration.ofHours(1), 20, Duration.ofMinutes(5), "x", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new DeliverySettings(true, 8, Duration.ofHours(2),
                Duration.ofHours(1), 20, Duration.ofMinutes(5), "x", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new DeliverySettings(true, 8, Duration.ofSeconds(30),
                Duration.ofHours(1), 0, Duration.ofMinutes(5), "x", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new DeliverySettings(true, 8, Duration.ofSeconds(30),
                Duration.ofHours(1), 20, Duration.ZERO, "x", null));
        assertThat(new DeliverySettings(true, 8, Duration.ofSeconds(30), Duration.ofHours(1), 20,
                Duration.ofMinutes(5), "x", "https://a.example/").siteUrl()).isEqualTo("https://a.example");
    }
}
