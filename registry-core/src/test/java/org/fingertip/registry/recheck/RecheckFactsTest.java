package org.fingertip.registry.recheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.recheck.RecheckFacts.Counts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecheckFactsTest {
    /** A re-check in mid-June 2026: the usage window is June 2025 to May 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final RecheckSettings SETTINGS = RecheckSettings.defaults();

    private static MonthlyUsage usage(String month, long mau, long audience) {
        return new MonthlyUsage(YearMonth.parse(month), mau, audience, null, null, true);
    }

    private static MonthlyUsage updated(String month, String lastUpdate, String lastPost) {
        return new MonthlyUsage(YearMonth.parse(month), 100, 1000,
                lastUpdate == null ? null : LocalDate.parse(lastUpdate),
                lastPost == null ? null : LocalDate.parse(lastPost), true);
    }

    private static RecheckFacts facts(List<MonthlyUsage> usage) {
        return RecheckFacts.from(AppKind.APP, usage, TODAY, Counts.none(), Verdict.KEEP, SETTINGS);
    }

    // ---- days since the last update and post ------------------------------------------------------------------------

    @ParameterizedTest(name = "last update {0} → {1} days")
    @CsvSource({
            "2026-06-15, 0",
            "2026-06-14, 1",
            "2026-05-15, 31",
            "2025-06-16, 364",
            "2025-06-15, 365",
            "2024-06-15, 730",
    })
    void countsCalendarDaysSinceTheLastUpdate(String lastUpdate, int days) {
        assertThat(facts(List.of(updated("2026-05", lastUpdate, null))).daysSinceLastUpdate()).isEqualTo(days);
    }

    @ParameterizedTest(name = "last post {0} → {1} days")
    @CsvSource({
            "2026-06-15, 0",
            "2026-06-02, 13",
            "2026-06-01, 14",
    })
    void countsCalendarDaysSinceTheLastPost(String lastPost, int days) {
        assertThat(facts(List.of(updated("2026-06", null, lastPost))).daysSinceLastPost()).isEqualTo(days);
    }

    @Test
    void takesTheLatestUpdateAndPostKnownInAnyMonthWhateverTheOrder() {
        RecheckFacts facts = facts(List.of(
                updated("2026-05", null, "2026-03-01"),
                updated("2025-01", "2025-01-20", "2025-01-02"),
                updated("2026-02", "2026-02-10", null),
                updated("2026-03", "2025-12-31", null)));
        assertThat(facts.daysSinceLastUpdate()).isEqualTo(125); // 2026-02-10
        assertThat(facts.daysSinceLastPost()).isEqualTo(106); // 2026-03-01
    }

    @Test
    void unknownUpdateAndPostStayUnknown() {
        RecheckFacts facts = facts(List.of(usage("2026-05", 10, 100)));
        assertThat(facts.daysSinceLastUpdate()).isNull();
        assertThat(facts.daysSinceLastPost()).isNull();
    }

    // ---- usage over the window --------------------------------------------------------------------------------------

    @Test
    void averagesTheMonthlyRatiosAndKeepsTheBestMonth() {
        RecheckFacts facts = facts(List.of(
                usage("2026-05", 10, 1000),
                usage("2026-04", 30, 1000),
                usage("2026-03", 20, 400)));
        assertThat(facts.monthsWithUsageData()).isEqualTo(3);
        assertThat(facts.averageUsageRatio()).isCloseTo((0.01 + 0.03 + 0.05) / 3, within(1e-12));
        assertThat(facts.maxMonthlyActiveUsers()).isEqualTo(30L);
    }

    @ParameterizedTest(name = "{0} counted: {1}")
    @CsvSource({
            "2026-06, false", // the current month is not over
            "2026-05, true",  // the last full month
            "2025-06, true",  // the twelfth full month back
            "2025-05, false", // thirteen months back
    })
    void theWindowIsTheFullMonthsBeforeToday(String month, boolean counted) {
        RecheckFacts facts = facts(List.of(usage(month, 7, 100)));
        assertThat(facts.monthsWithUsageData()).isEqualTo(counted ? 1 : 0);
        assertThat(facts.averageUsageRatio()).isEqualTo(counted ? 0.07 : null);
        assertThat(facts.maxMonthlyActiveUsers()).isEqualTo(counted ? 7L : null);
    }

    @Test
    void theWindowLengthIsASetting() {
        RecheckSettings threeMonths = new RecheckSettings(365, 14, 3, 1, 0.01, 0.05, 5, 90, 10);
        List<MonthlyUsage> usage = List.of(usage("2026-05", 1, 10), usage("2026-03", 1, 10), usage("2026-02", 1, 10));
        RecheckFacts facts = RecheckFacts.from(AppKind.APP, usage, TODAY, Counts.none(), null, threeMonths);
        assertThat(facts.monthsWithUsageData()).isEqualTo(2);
    }

    @Test
    void aMonthWithoutAudienceSizeHoldsNoUsageData() {
        RecheckFacts facts = facts(List.of(usage("2026-05", 500, 0), usage("2026-04", 5, 100)));
        assertThat(facts.monthsWithUsageData()).isEqualTo(1);
        assertThat(facts.averageUsageRatio()).isEqualTo(0.05);
        assertThat(facts.maxMonthlyActiveUsers()).isEqualTo(5L);
    }

    @Test
    void withoutAnyUsageEverythingAboutUsageIsUnknown() {
        RecheckFacts facts = facts(List.of());
        assertThat(facts.monthsWithUsageData()).isZero();
        assertThat(facts.averageUsageRatio()).isNull();
        assertThat(facts.maxMonthlyActiveUsers()).isNull();
        assertThat(facts.servicesAnswer()).isNull();
        assertThat(facts.daysSinceLastUpdate()).isNull();
    }

    @Test
    void zeroUsersIsKnownUsageNotMissingUsage() {
        RecheckFacts facts = facts(List.of(usage("2026-05", 0, 1000)));
        assertThat(facts.monthsWithUsageData()).isEqualTo(1);
        assertThat(facts.averageUsageRatio()).isZero();
        assertThat(facts.maxMonthlyActiveUsers()).isZero();
    }

    // ---- services, counts and the self-inspection -------------------------------------------------------------------

    @ParameterizedTest(name = "latest month answers {0}")
    @CsvSource({"true", "false"})
    void theServicesAnswerIsThatOfTheLatestMonthEvenTheCurrentOne(boolean latest) {
        RecheckFacts facts = facts(List.of(
                new MonthlyUsage(YearMonth.of(2026, 6), 0, 0, null, null, latest),
                new MonthlyUsage(YearMonth.of(2026, 5), 10, 100, null, null, !latest)));
        assertThat(facts.servicesAnswer()).isEqualTo(latest);
    }

    @Test
    void carriesTheKindTheCountsAndTheProposal() {
        RecheckFacts facts = RecheckFacts.from(AppKind.PUBLIC_ACCOUNT, List.of(), TODAY, new Counts(1, 2, 3, 4),
                Verdict.INTEGRATE, SETTINGS);
        assertThat(facts.appKind()).isEqualTo("PUBLIC_ACCOUNT");
        assertThat(facts.duplicateApps()).isEqualTo(1);
        assertThat(facts.platformOverlaps()).isEqualTo(2);
        assertThat(facts.burdenReporters()).isEqualTo(3);
        assertThat(facts.bannedFeatures()).isEqualTo(4);
        assertThat(facts.selfInspection()).isEqualTo("INTEGRATE");
    }

    @Test
    void noAnswerToTheSelfInspectionIsNone() {
        RecheckFacts facts = RecheckFacts.from(AppKind.APP, List.of(), TODAY, Counts.none(), null, SETTINGS);
        assertThat(facts.selfInspection()).isEqualTo(RecheckFacts.NO_SELF_INSPECTION).isEqualTo("NONE");
    }

    // ---- what cannot be --------------------------------------------------------------------------------------------

    @Test
    void refusesUsageFromTheFuture() {
        assertThatThrownBy(() -> facts(List.of(usage("2026-07", 1, 10))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-07");
        assertThatThrownBy(() -> facts(List.of(updated("2026-06", "2026-06-16", null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-06-16");
    }

    @Test
    void refusesAMonthGivenTwice() {
        assertThatThrownBy(() -> facts(List.of(usage("2026-05", 1, 10), usage("2026-05", 2, 10))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void refusesInconsistentFacts() {
        assertThatThrownBy(() -> new RecheckFacts("APP", 1, null, 0, null, 0.5, true, 0, 0, 0, 0, "KEEP"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecheckFacts("APP", 1, null, 1, 5L, 0.5, true, 0, 0, -1, 0, "KEEP"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecheckFacts("APP", 1, null, 1, 5L, 0.5, true, 0, 0, 0, 0, "MAYBE"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecheckFacts("ROBOT", 1, null, 1, 5L, 0.5, true, 0, 0, 0, 0, "KEEP"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
