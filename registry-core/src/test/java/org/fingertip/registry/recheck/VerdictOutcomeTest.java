package org.fingertip.registry.recheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fingertip.registry.recheck.RecheckReason.BANNED_FEATURE;
import static org.fingertip.registry.recheck.RecheckReason.DUPLICATE_APP;
import static org.fingertip.registry.recheck.RecheckReason.NO_SELF_INSPECTION;
import static org.fingertip.registry.recheck.RecheckReason.ZOMBIE;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class VerdictOutcomeTest {

    private static RecheckFinding finding(RecheckReason reason, Verdict verdict) {
        return new RecheckFinding(reason, verdict);
    }

    @Test
    void nothingFoundMeansKeepWithNoReasons() {
        VerdictOutcome outcome = VerdictOutcome.of(List.of());
        assertThat(outcome.verdict()).isEqualTo(Verdict.KEEP);
        assertThat(outcome.reasons()).isEmpty();
        assertThat(outcome.zombie()).isFalse();
    }

    @Test
    void theMostSevereFindingGivesTheVerdictAndEveryReasonIsKeptInOrder() {
        VerdictOutcome outcome = VerdictOutcome.of(List.of(
                finding(DUPLICATE_APP, Verdict.INTEGRATE),
                finding(BANNED_FEATURE, Verdict.RECTIFY),
                finding(NO_SELF_INSPECTION, Verdict.KEEP)));
        assertThat(outcome.verdict()).isEqualTo(Verdict.INTEGRATE);
        assertThat(outcome.reasons()).containsExactly(DUPLICATE_APP, BANNED_FEATURE, NO_SELF_INSPECTION);
        assertThat(outcome.zombie()).isFalse();
    }

    @Test
    void aZombieIsMarkedAndAReasonFoundTwiceIsListedOnce() {
        VerdictOutcome outcome = VerdictOutcome.of(List.of(
                finding(ZOMBIE, Verdict.EXIT),
                finding(DUPLICATE_APP, Verdict.INTEGRATE),
                finding(ZOMBIE, Verdict.EXIT)));
        assertThat(outcome.verdict()).isEqualTo(Verdict.EXIT);
        assertThat(outcome.reasons()).containsExactly(ZOMBIE, DUPLICATE_APP);
        assertThat(outcome.zombie()).isTrue();
    }

    @Test
    void theZombieFlagCannotContradictTheReasons() {
        assertThatThrownBy(() -> new VerdictOutcome(Verdict.EXIT, List.of(ZOMBIE), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VerdictOutcome(Verdict.KEEP, List.of(), true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyReasonHasALabelAndASentenceWithoutNumbers() {
        assertThat(RecheckReason.values()).allSatisfy(r -> {
            assertThat(r.label()).isNotBlank();
            assertThat(r.sentence()).isNotBlank().endsWith("。").doesNotContainPattern("[0-9]");
        });
        assertThat(Arrays.stream(RecheckReason.values()).map(RecheckReason::label)).doesNotHaveDuplicates();
    }
}
