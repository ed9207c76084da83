package org.fingertip.workflow.recheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fingertip.registry.recheck.RecheckReason.BANNED_FEATURE;
import static org.fingertip.registry.recheck.RecheckReason.BURDEN_REPORTS;
import static org.fingertip.registry.recheck.RecheckReason.DUPLICATE_APP;
import static org.fingertip.registry.recheck.RecheckReason.EMPTY_SHELL;
import static org.fingertip.registry.recheck.RecheckReason.INSUFFICIENT_USAGE_DATA;
import static org.fingertip.registry.recheck.RecheckReason.LOW_USE;
import static org.fingertip.registry.recheck.RecheckReason.NO_SELF_INSPECTION;
import static org.fingertip.registry.recheck.RecheckReason.PLATFORM_OVERLAP;
import static org.fingertip.registry.recheck.RecheckReason.SELF_INSPECTION_PROPOSES_EXIT;
import static org.fingertip.registry.recheck.RecheckReason.SELF_INSPECTION_PROPOSES_INTEGRATION;
import static org.fingertip.registry.recheck.RecheckReason.SELF_INSPECTION_PROPOSES_RECTIFICATION;
import static org.fingertip.registry.recheck.RecheckReason.STALE_CONTENT;
import static org.fingertip.registry.recheck.RecheckReason.ZOMBIE;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.fingertip.registry.recheck.RecheckFacts;
import org.fingertip.registry.recheck.RecheckSettings;
import org.fingertip.registry.recheck.Verdict;
import org.fingertip.registry.recheck.VerdictOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decision table RecheckVerdict on a real engine (in-memory H2), through {@link RecheckVerdictEvaluator}: one test
 * per rule, each on facts made for it and asserting which rule fired, then combinations and each threshold just under
 * and at its value. The rules that fired are read from the engine's decision-table evaluation event.
 */
@Deployment(resources = "dmn/RecheckVerdict.dmn")
class RecheckVerdictTest {

    /** The ids of the rules that matched at the last evaluation. */
    private static final List<String> MATCHED = new CopyOnWriteArrayList<>();

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(engine()).build();

    /** Injected by the extension. */
    ProcessEngine engine;

    private RecheckVerdictEvaluator evaluator;
    private static final RecheckSettings DEFAULTS = RecheckSettings.defaults();

    private static ProcessEngine engine() {
        StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
        config.setJdbcUrl("jdbc:h2:mem:recheck-verdict;DB_CLOSE_DELAY=-1");
        config.setJobExecutorActivate(false);
        config.setHistory("full");
        DmnDecisionTableEvaluationListener recordMatches = event -> {
            MATCHED.clear();
            event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(MATCHED::add);
        };
        DefaultDmnEngineConfiguration dmn =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        dmn.setCustomPostDecisionTableEvaluationListeners(List.of(recordMatches));
        config.setDmnEngineConfiguration(dmn);
        return config.buildProcessEngine();
    }

    @BeforeEach
    void wire() {
        MATCHED.clear();
        evaluator = new RecheckVerdictEvaluator(engine.getDecisionService());
    }

    // ---- facts ------------------------------------------------------------------------------------------------------

    /** A fluent builder of the table's facts; it starts as a healthy, used, recently updated app with no findings. */
    static final class Facts {
        private String appKind = "APP";
        private Integer daysSinceLastUpdate = 30;
        private Integer daysSinceLastPost = null;
        private int monthsWithUsageData = 12;
        private Long maxMonthlyActiveUsers = 800L;
        private Double averageUsageRatio = 0.4;
        private Boolean servicesAnswer = true;
        private int duplicateApps;
        private int platformOverlaps;
        private int burdenReporters;
        private int bannedFeatures;
        private String selfInspection = "KEEP";

        static Facts healthyApp() {
            return new Facts();
        }

        /** A public account that posted three days ago and is read. */
        static Facts healthyAccount() {
            return new Facts().kind("PUBLIC_ACCOUNT").daysSinceLastUpdate(null).daysSinceLastPost(3);
        }

        /** An app not updated for two years that nobody uses. */
        static Facts zombieApp() {
            return healthyApp().daysSinceLastUpdate(730).usage(0.0);
        }

        Facts kind(String kind) {
            this.appKind = kind;
            return this;
        }

        Facts daysSinceLastUpdate(Integer days) {
            this.daysSinceLastUpdate = days;
            return this;
        }

        Facts daysSinceLastPost(Integer days) {
            this.daysSinceLastPost = days;
            return this;
        }

        Facts usage(double averageRatio) {
            this.averageUsageRatio = averageRatio;
            this.maxMonthlyActiveUsers = Math.round(averageRatio * 2000);
            return this;
        }

        Facts monthsWithUsageData(int months) {
            this.monthsWithUsageData = months;
            return this;
        }

        Facts noUsageData() {
            this.monthsWithUsageData = 0;
            this.averageUsageRatio = null;
            this.maxMonthlyActiveUsers = null;
            return this;
        }

        Facts servicesAnswer(Boolean answer) {
            this.servicesAnswer = answer;
            return this;
        }

        Facts duplicateApps(int n) {
            this.duplicateApps = n;
            return this;
        }

        Facts platformOverlaps(int n) {
            this.platformOverlaps = n;
            return this;
        }

        Facts burdenReporters(int n) {
            this.burdenReporters = n;
            return this;
        }

        Facts bannedFeatures(int n) {
            this.bannedFeatures = n;
            return this;
        }

        Facts selfInspection(String proposal) {
            this.selfInspection = proposal;
            return this;
        }

        RecheckFacts build() {
            return new RecheckFacts(appKind, daysSinceLastUpdate, daysSinceLastPost, monthsWithUsageData,
                    maxMonthlyActiveUsers, averageUsageRatio, servicesAnswer, duplicateApps, platformOverlaps,
                    burdenReporters, bannedFeatures, selfInspection);
        }

        @Override
        public String toString() {
            return build().toString();
        }
    }

    private VerdictOutcome evaluate(Facts facts) {
        return evaluate(facts, DEFAULTS);
    }

    private VerdictOutcome evaluate(Facts facts, RecheckSettings settings) {
        MATCHED.clear();
        return evaluator.evaluate(facts.build(), settings);
    }

    private static List<String> fired() {
        return List.copyOf(MATCHED);
    }

    // ---- one test per rule ------------------------------------------------------------------------------------------

    @Test
    void ruleZombieApp_anAppNotUpdatedForAYearAndUnusedExits() {
        VerdictOutcome outcome = evaluate(Facts.zombieApp());
        assertThat(fired()).containsExactly("Rule_ZombieApp");
        assertThat(outcome.verdict()).isEqualTo(Verdict.EXIT);
        assertThat(outcome.reasons()).containsExactly(ZOMBIE);
        assertThat(outcome.zombie()).isTrue();
    }

    @Test
    void ruleZombieAccount_anAccountSilentForTwoWeeksAndUnreadExits() {
        VerdictOutcome outcome = evaluate(Facts.healthyAccount().daysSinceLastPost(40).usage(0.002));
        assertThat(fired()).containsExactly("Rule_ZombieAccount");
        assertThat(outcome.verdict()).isEqualTo(Verdict.EXIT);
        assertThat(outcome.reasons()).containsExactly(ZOMBIE);
        assertThat(outcome.zombie()).isTrue();
    }

    @Test
    void ruleEmptyShell_servicesThatDoNotAnswerExit() {
        VerdictOutcome outcome = evaluate(Facts.healthyApp().servicesAnswer(false));
        assertThat(fired()).containsExactly("Rule_EmptyShell");
        assertThat(outcome.verdict()).isEqualTo(Verdict.EXIT);
        assertThat(outcome.reasons()).containsExactly(EMPTY_SHELL);
        assertThat(outcome.zombie()).isFalse();
    }

    @Test
    void ruleSelfInspectionExit_theOwnersProposalToExitIsTheVerdict() {
        VerdictOutcome outcome = evaluate(Facts.healthyApp().selfInspection("EXIT"));
        assertThat(fired()).containsExactly("Rule_SelfInspectionExit");
        assertThat(outcome.verdict()).isEqualTo(Verdict.EXIT);
        assertThat(outcome.reasons()).containsExactly(SELF_INSPECTION_PROPOSES_EXIT);
    }

    @Test
    void ruleDuplicateApp_functionsOfferedByAnotherFiledAppIntegrate() {
        VerdictOutcome outcome = evaluate(Facts.healthyApp().duplicateApps(2));
        assertThat(fired()).containsExactly("Rule_DuplicateApp");
        assertThat(outcome.verdict()).isEqualTo(Verdict.INTEGRATE);
        assertThat(outcome.reasons()).containsExactly(DUPLICATE_APP);
    }

    @Test
    void rulePlatformOverlap_functionsOfferedByThePlatformIntegrate() {
        VerdictOutcome outcome = evaluate(Facts.healthyApp().platformOverlaps(3));
        assertThat(fired()).containsExactly("Rule_PlatformOverlap");
        assertThat(outcome.verdict()).isEqualTo(Verdict.INTEGRATE);
        assertThat(outcome.reasons()).containsExactly(PLATFORM_OVERLAP);
    }

    @Test
    void ruleSelfInspectionIntegrate_theOwnersProposalToIntegrateIsTheVerdict() {
        VerdictOutcome outcome = evaluate(Facts.healthyApp().selfInspection("INTEGRATE"));
        assertThat(fired()).containsExactly("Rule_SelfInspectionIntegrate");
        assertThat(outcome.verdict()).isEqualTo(Verdict.INTEGRATE);
        assertThat(outcome.reasons()).containsExactly(SELF_INSPECTION_PROPOSES_INTEGRATION);
    }

    @Test
    void ruleLowUse_usageFarBelowTheAudienceIsRectified() {
        VerdictOutcome outcome = evaluate(Facts.healthyApp().usage(0.03));
        assertThat(fired()).containsExactly("Rule_LowUse");
        assertThat(outcome.verdict()).isEqualTo(Verdict.RECTIFY);
        assertThat(outcome.reasons()).containsExactly(LOW_USE);
    }

    @Test
    void ruleLowUseUpdatedApp_anUnusedAppStillUpdatedIsLowUseNotZombie() {
        VerdictOutcome outcome = evaluate(Facts.healthyApp().daysSinceLastUpdate(20).usage(0.002));
        assertThat(fired()).containsExactly("Rule_LowUseUpdatedApp");
        assertThat(outcome.verdict()).isEqualTo(Verdict.RECTIFY);
        assertThat(outcome.reasons()).containsExactly(LOW_USE);
        assertThat(outcome.zombie()).isFalse();
    }

    @Test
    void ruleLowUsePostingAccount_anUnreadAccountStillPostingIsLowUseNotZombie() {
        VerdictOutcome outcome = evaluate(Facts.healthyAccount().daysSinceLastPost(2).usage(0.002));
        assertThat(fired()).containsExactly("Rule_LowUsePostingAccount");
        assertThat(outcome.verdict()).isEqualTo(Verdict.RECTIFY);
        assertThat(outcome.reasons()).containsExactly(LOW_USE);
        assertThat(outcome.zombie()).isFalse();
    }

    @Test
    void ruleStaleAccount_aReadAccountThatStoppedPostingIsRectified() {
        VerdictOutcome outcome = evaluate(Facts.healthyAccount().daysSinceLastPost(30).usage(0.3));
        assertThat(fired()).containsExactly("Rule_StaleAccount");
        assertThat(outcome.verdict()).isEqualTo(Verdict.RECTIFY);
        assertThat(outcome.reasons()).containsExactly(STALE_CONTENT);
        assertThat(outcome.zombie()).isFalse();
    }

    @Test
    void ruleStaleAccountUsageUnknown_anAccountThatStoppedPostingWithoutUsageDataIsRectified() {
        VerdictOutcome outcome = evaluate(Facts.healthyAccount().daysSinceLastPost(30).noUsageData());
        // too little usage data always records itself as well
        assertThat(fired()).containsExactly("Rule_StaleAccountUsageUnknown", "Rule_InsufficientUsageData");
        assertThat(outcome.verdict()).isEqualTo(Verdict.RECTIFY);
        assertThat(outcome.reasons()).containsExactly(STALE_CONTENT, INSUFFICIENT_USAGE_DATA);
        assertThat(outcome.zombie()).isFalse();
    }

    @Test
    void ruleBurdenReports_enoughObserversReportingABurdenIsRectified() {
        VerdictOutcome outcome = evaluate(Facts.healthyApp().burdenReporters(7));
        assertThat(fired()).containsExactly("Rule_BurdenReports");
        assertThat(outcome.verdict()).isEqualTo(Verdict.RECTIFY);
        assertThat(outcome.reasons()).containsExactly(BURDEN_REPORTS);
    }

    @Test
    void ruleBannedFeature_aBannedFeatureFoundAgainIsRectified() {
        VerdictOutcome outcome = evaluate(Facts.healthyApp().bannedFeatures(1));
        assertThat(fired()).containsExactly("Rule_BannedFeature");
        assertThat(outcome.verdict()).isEqualTo(Verdict.RECTIFY);
        assertThat(outcome.reasons()).containsExactly(BANNED_FEATURE);
    }

    @Test
    void ruleSelfInspectionRectify_theOwnersProposalToRectifyIsTheVerdict() {
        VerdictOutcome outcome = evaluate(Facts.healthyApp().selfInspection("RECTIFY"));
        assertThat(fired()).containsExactly("Rule_SelfInspectionRectify");
        assertThat(outcome.verdict()).isEqualTo(Verdict.RECTIFY);
        assertThat(outcome.reasons()).containsExactly(SELF_INSPECTION_PROPOSES_RECTIFICATION);
    }

    @Test
    void ruleInsufficientUsageData_tooFewMonthsOfDataAreRecordedAndJudgeNothing() {
        VerdictOutcome outcome = evaluate(Facts.healthyApp().monthsWithUsageData(3).usage(0.4));
        assertThat(fired()).containsExactly("Rule_InsufficientUsageData");
        assertThat(outcome.verdict()).isEqualTo(Verdict.KEEP);
        assertThat(outcome.reasons()).containsExactly(INSUFFICIENT_USAGE_DATA);
    }

    @Test
    void ruleNoSelfInspection_aMissingAnswerIsRecordedAndChangesNothing() {
        VerdictOutcome outcome = evaluate(Facts.healthyApp().selfInspection("NONE"));
        assertThat(fired()).containsExactly("Rule_NoSelfInspection");
        assertThat(outcome.verdict()).isEqualTo(Verdict.KEEP);
        assertThat(outcome.reasons()).containsExactly(NO_SELF_INSPECTION);
    }

    /** The rules above, in the table's order: a rule added to the table must get its test. */
    private static final List<String> RULES = List.of(
            "Rule_ZombieApp", "Rule_ZombieAccount", "Rule_EmptyShell", "Rule_SelfInspectionExit",
            "Rule_DuplicateApp", "Rule_PlatformOverlap", "Rule_SelfInspectionIntegrate",
            "Rule_LowUse", "Rule_LowUseUpdatedApp", "Rule_LowUsePostingAccount",
            "Rule_StaleAccount", "Rule_StaleAccountUsageUnknown", "Rule_BurdenReports", "Rule_BannedFeature",
            "Rule_SelfInspectionRectify", "Rule_InsufficientUsageData", "Rule_NoSelfInspection");

    @Test
    void theTableCollectsExactlyTheTestedRulesAndHoldsNoThresholds() {
        DmnModelInstance model;
        try (InputStream in = getClass().getResourceAsStream("/dmn/RecheckVerdict.dmn")) {
            model = Dmn.readModelFromStream(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
        assertThat(table.getAggregation()).isNull();
        Collection<Rule> rules = table.getRules();
        assertThat(rules).extracting(Rule::getId).containsExactlyElementsOf(RULES);
        // numbers are settings passed as variables: the only literal allowed is the zero of "> 0"
        assertThat(model.getModelElementsByType(InputEntry.class))
                .extracting(e -> e.getText().getTextContent())
                .allSatisfy(text -> assertThat(text.replace("> 0", "")).doesNotContainPattern("[0-9]"));
    }

    // ---- combinations -----------------------------------------------------------------------------------------------

    @Test
    void nothingFoundKeepsTheAppWithNoReasons() {
        VerdictOutcome outcome = evaluate(Facts.healthyApp());
        assertThat(fired()).isEmpty();
        assertThat(outcome.verdict()).isEqualTo(Verdict.KEEP);
        assertThat(outcome.reasons()).isEmpty();
        assertThat(outcome.zombie()).isFalse();
        evaluate(Facts.healthyAccount());
        assertThat(fired()).isEmpty();
    }

    @Test
    void aZombieThatDuplicatesAnotherAppExitsWithBothReasons() {
        VerdictOutcome outcome = evaluate(Facts.zombieApp().duplicateApps(1));
        assertThat(fired()).containsExactly("Rule_ZombieApp", "Rule_DuplicateApp");
        assertThat(outcome.verdict()).isEqualTo(Verdict.EXIT);
        assertThat(outcome.reasons()).containsExactly(ZOMBIE, DUPLICATE_APP);
        assertThat(outcome.zombie()).isTrue();
    }

    @Test
    void aZombieIsNotAlsoReportedAsLowUse() {
        VerdictOutcome outcome = evaluate(Facts.zombieApp().usage(0.009));
        assertThat(outcome.reasons()).containsExactly(ZOMBIE).doesNotContain(LOW_USE);
    }

    @Test
    void theMostSevereOfManyFindingsStandsAndEveryReasonIsKept() {
        VerdictOutcome outcome = evaluate(Facts.healthyApp().servicesAnswer(false).burdenReporters(9)
                .bannedFeatures(2).selfInspection("NONE"));
        assertThat(outcome.verdict()).isEqualTo(Verdict.EXIT);
        assertThat(outcome.reasons()).containsExactly(EMPTY_SHELL, BURDEN_REPORTS, BANNED_FEATURE, NO_SELF_INSPECTION);
        assertThat(outcome.zombie()).isFalse();
    }

    @Test
    void integrationOutweighsRectification() {
        VerdictOutcome outcome = evaluate(Facts.healthyApp().usage(0.02).platformOverlaps(1).bannedFeatures(1));
        assertThat(outcome.verdict()).isEqualTo(Verdict.INTEGRATE);
        assertThat(outcome.reasons()).containsExactly(PLATFORM_OVERLAP, LOW_USE, BANNED_FEATURE);
    }

    @Test
    void aMissingSelfInspectionDoesNotSoftenAFinding() {
        VerdictOutcome outcome = evaluate(Facts.healthyApp().bannedFeatures(1).selfInspection("NONE"));
        assertThat(outcome.verdict()).isEqualTo(Verdict.RECTIFY);
        assertThat(outcome.reasons()).containsExactly(BANNED_FEATURE, NO_SELF_INSPECTION);
    }

    @Test
    void theOwnerProposingToKeepDoesNotOverrideAFinding() {
        VerdictOutcome outcome = evaluate(Facts.zombieApp().selfInspection("KEEP"));
        assertThat(outcome.verdict()).isEqualTo(Verdict.EXIT);
        assertThat(outcome.reasons()).containsExactly(ZOMBIE);
    }

    @Test
    void unknownFactsFireNoRuleAboutThem() {
        // last update never known, services never probed: neither zombie nor empty shell, only what is known counts
        VerdictOutcome outcome = evaluate(Facts.healthyApp().daysSinceLastUpdate(null).servicesAnswer(null).usage(0.0));
        assertThat(fired()).containsExactly("Rule_LowUseUpdatedApp");
        assertThat(outcome.reasons()).containsExactly(LOW_USE);
        assertThat(outcome.zombie()).isFalse();

        evaluate(Facts.healthyAccount().daysSinceLastPost(null).usage(0.3));
        assertThat(fired()).isEmpty();
    }

    @Test
    void appsAreJudgedOnUpdatesAndAccountsOnPosts() {
        // an updated app that has posted nothing for over a year is fine; an account is not judged on updates;
        // the other kinds that are not accounts (here a work group) are judged on updates like apps
        evaluate(Facts.healthyApp().daysSinceLastPost(400));
        assertThat(fired()).isEmpty();
        evaluate(Facts.healthyAccount().daysSinceLastUpdate(1000).usage(0.0));
        assertThat(fired()).containsExactly("Rule_LowUsePostingAccount");
        evaluate(Facts.healthyApp().kind("WORK_GROUP").daysSinceLastUpdate(400).usage(0.0));
        assertThat(fired()).containsExactly("Rule_ZombieApp");
    }

    @Test
    void theThresholdsAreTheSettingsPassedIn() {
        RecheckSettings strict = new RecheckSettings(180, 7, 12, 3, 0.02, 0.1, 2, 90, 10);
        Facts halfYearOld = Facts.healthyApp().daysSinceLastUpdate(200).usage(0.015);
        assertThat(evaluate(halfYearOld).reasons()).containsExactly(LOW_USE);
        assertThat(evaluate(halfYearOld, strict).reasons()).containsExactly(ZOMBIE);

        Facts account = Facts.healthyAccount().daysSinceLastPost(10).usage(0.3);
        assertThat(evaluate(account).reasons()).isEmpty();
        assertThat(evaluate(account, strict).reasons()).containsExactly(STALE_CONTENT);

        Facts twoReporters = Facts.healthyApp().burdenReporters(2).usage(0.08).monthsWithUsageData(4);
        assertThat(evaluate(twoReporters).reasons()).containsExactly(INSUFFICIENT_USAGE_DATA);
        assertThat(evaluate(twoReporters, strict).reasons()).containsExactly(LOW_USE, BURDEN_REPORTS);
    }

    // ---- each threshold just under and at its value (defaults) ------------------------------------------------------

    static Stream<Arguments> boundaries() {
        return Stream.of(
                arguments("app 364 days without update, unused", Facts.zombieApp().daysSinceLastUpdate(364),
                        List.of("Rule_LowUseUpdatedApp")),
                arguments("app 365 days without update, unused", Facts.zombieApp().daysSinceLastUpdate(365),
                        List.of("Rule_ZombieApp")),
                arguments("account 13 days without post, unread", Facts.healthyAccount().daysSinceLastPost(13).usage(0.0),
                        List.of("Rule_LowUsePostingAccount")),
                arguments("account 14 days without post, unread", Facts.healthyAccount().daysSinceLastPost(14).usage(0.0),
                        List.of("Rule_ZombieAccount")),
                arguments("account 13 days without post, read", Facts.healthyAccount().daysSinceLastPost(13),
                        List.of()),
                arguments("account 14 days without post, read", Facts.healthyAccount().daysSinceLastPost(14),
                        List.of("Rule_StaleAccount")),
                arguments("stale account, usage just under near zero",
                        Facts.healthyAccount().daysSinceLastPost(14).usage(0.0099), List.of("Rule_ZombieAccount")),
                arguments("stale account, usage at near zero",
                        Facts.healthyAccount().daysSinceLastPost(14).usage(0.01),
                        List.of("Rule_LowUse", "Rule_StaleAccount")),
                arguments("stale app, usage just under near zero", Facts.zombieApp().usage(0.0099),
                        List.of("Rule_ZombieApp")),
                arguments("stale app, usage at near zero", Facts.zombieApp().usage(0.01), List.of("Rule_LowUse")),
                arguments("usage just under low", Facts.healthyApp().usage(0.0499), List.of("Rule_LowUse")),
                arguments("usage at low", Facts.healthyApp().usage(0.05), List.of()),
                arguments("unused stale app, 5 months of data", Facts.zombieApp().monthsWithUsageData(5),
                        List.of("Rule_InsufficientUsageData")),
                arguments("unused stale app, 6 months of data", Facts.zombieApp().monthsWithUsageData(6),
                        List.of("Rule_ZombieApp")),
                arguments("used app, 5 months of data", Facts.healthyApp().monthsWithUsageData(5),
                        List.of("Rule_InsufficientUsageData")),
                arguments("used app, 6 months of data", Facts.healthyApp().monthsWithUsageData(6), List.of()),
                arguments("silent account, 5 months of data", Facts.healthyAccount().daysSinceLastPost(14)
                        .usage(0.0).monthsWithUsageData(5),
                        List.of("Rule_StaleAccountUsageUnknown", "Rule_InsufficientUsageData")),
                arguments("4 burden reporters", Facts.healthyApp().burdenReporters(4), List.of()),
                arguments("5 burden reporters", Facts.healthyApp().burdenReporters(5), List.of("Rule_BurdenReports")),
                arguments("no duplicate app", Facts.healthyApp().duplicateApps(0), List.of()),
                arguments("1 duplicate app", Facts.healthyApp().duplicateApps(1), List.of("Rule_DuplicateApp")),
                arguments("no platform overlap", Facts.healthyApp().platformOverlaps(0), List.of()),
                arguments("1 platform overlap", Facts.healthyApp().platformOverlaps(1), List.of("Rule_PlatformOverlap")),
                arguments("no banned feature", Facts.healthyApp().bannedFeatures(0), List.of()),
                arguments("1 banned feature", Facts.healthyApp().bannedFeatures(1), List.of("Rule_BannedFeature")),
                arguments("services answer", Facts.healthyApp().servicesAnswer(true), List.of()),
                arguments("self-inspection proposes to keep", Facts.healthyApp().selfInspection("KEEP"), List.of()));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("boundaries")
    void thresholdsHoldJustUnderAndAtTheirValue(String situation, Facts facts, List<String> expectedRules) {
        evaluate(facts);
        assertThat(fired()).as(situation).containsExactlyElementsOf(expectedRules);
    }
}
