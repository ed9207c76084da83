package org.fingertip.registry.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CampaignSampleTest {
    private static final List<Long> THOUSAND = LongStream.rangeClosed(1, 1000).boxed().toList();

    @ParameterizedTest(name = "{1}% of {0} apps is {2}")
    @CsvSource({"189, 50, 95", "10, 50, 5", "1, 1, 1", "100, 100, 100", "0, 50, 0", "3, 34, 2", "10000, 50, 5000"})
    void the_sample_size_is_the_percentage_rounded_up(int eligible, int percent, int expected) {
        assertThat(CampaignSample.size(eligible, percent)).isEqualTo(expected);
    }

    @Test
    void the_same_seed_draws_the_same_apps_whatever_their_order() {
        List<Long> reversed = new java.util.ArrayList<>(THOUSAND);
        java.util.Collections.reverse(reversed);
        assertThat(CampaignSample.draw(reversed, 50, 2026L)).isEqualTo(CampaignSample.draw(THOUSAND, 50, 2026L));
    }

    @Test
    void another_seed_draws_other_apps() {
        List<Long> a = CampaignSample.draw(THOUSAND, 50, 1L);
        List<Long> b = CampaignSample.draw(THOUSAND, 50, 2L);
        assertThat(a).hasSize(500).isSorted().doesNotHaveDuplicates();
        assertThat(b).hasSize(500).isNotEqualTo(a);
    }

    @Test
    void the_sample_is_spread_over_the_whole_range_not_the_first_ids() {
        List<Long> sample = CampaignSample.draw(THOUSAND, 10, 42L);
        long lowHalf = sample.stream().filter(id -> id <= 500).count();
        assertThat(lowHalf).isBetween(30L, 70L);
    }

    @Test
    void adding_one_app_to_the_scope_keeps_the_rest_of_the_sample() {
        List<Long> before = CampaignSample.draw(THOUSAND.subList(0, 999), 50, 7L);
        List<Long> after = CampaignSample.draw(THOUSAND, 50, 7L);
        long kept = before.stream().filter(after::contains).count();
        assertThat(kept).isGreaterThanOrEqualTo(before.size() - 1);
    }

    @Test
    void a_percentage_outside_1_to_100_is_refused() {
        assertThatThrownBy(() -> CampaignSample.draw(THOUSAND, 0, 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CampaignSample.draw(THOUSAND, 101, 1L)).isInstanceOf(IllegalArgumentException.class);
    }
}
