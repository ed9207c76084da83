package org.fingertip.registry.recheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fingertip.registry.recheck.Verdict.EXIT;
import static org.fingertip.registry.recheck.Verdict.INTEGRATE;
import static org.fingertip.registry.recheck.Verdict.KEEP;
import static org.fingertip.registry.recheck.Verdict.RECTIFY;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VerdictTest {

    static Stream<Arguments> verdicts() {
        return Stream.of(
                arguments(List.of(), KEEP),
                arguments(List.of(KEEP), KEEP),
                arguments(List.of(RECTIFY), RECTIFY),
                arguments(List.of(KEEP, RECTIFY, KEEP), RECTIFY),
                arguments(List.of(RECTIFY, INTEGRATE), INTEGRATE),
                arguments(List.of(INTEGRATE, RECTIFY), INTEGRATE),
                arguments(List.of(EXIT, INTEGRATE, RECTIFY, KEEP), EXIT),
                arguments(List.of(KEEP, RECTIFY, INTEGRATE, EXIT), EXIT),
                arguments(Set.of(INTEGRATE, KEEP), INTEGRATE));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("verdicts")
    void theMostSevereVerdictStands(java.util.Collection<Verdict> verdicts, Verdict expected) {
        assertThat(Verdict.mostSevere(verdicts)).isEqualTo(expected);
    }

    @Test
    void severityRisesFromKeepToExit() {
        assertThat(Arrays.stream(Verdict.values()).map(Verdict::severity)).isSorted().doesNotHaveDuplicates();
        assertThat(EXIT.isMoreSevereThan(INTEGRATE)).isTrue();
        assertThat(INTEGRATE.isMoreSevereThan(RECTIFY)).isTrue();
        assertThat(RECTIFY.isMoreSevereThan(KEEP)).isTrue();
        assertThat(KEEP.isMoreSevereThan(KEEP)).isFalse();
        assertThat(RECTIFY.isMoreSevereThan(EXIT)).isFalse();
    }

    @Test
    void everyVerdictHasAChineseLabel() {
        assertThat(Arrays.stream(Verdict.values()).map(Verdict::label))
                .containsExactly("保留", "限期整改", "整合并入平台", "关停退出");
    }
}
