package org.fingertip.registry.recheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fingertip.registry.evaluation.EvaluationSettings;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.evaluation.Evaluation;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.notice.Notice;
import org.fingertip.registry.notice.NoticeKind;
import org.fingertip.registry.notice.NoticeService;
import org.fingertip.registry.notice.NoticeSubject;
import org.fingertip.registry.form.FunctionCategory;
import org.fingertip.registry.precheck.PlatformCatalogue.PlatformFunction;
import org.fingertip.registry.precheck.PreCheck;
import org.fingertip.registry.precheck.PreCheckSettings;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.Forms;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.registry.testing.InMemoryEvaluations;
import org.fingertip.registry.testing.InMemoryNotices;
import org.fingertip.registry.testing.InMemoryRechecks;
import org.fingertip.registry.testing.InMemoryUsageFacts;
import org.fingertip.registry.usage.UsageMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every transition of one app's re-check, and its refusals, on in-memory ports with a small stand-in rule set. */
class RecheckServiceTest {
    /** A few rules of the decision table, enough to drive every path. */
    static final VerdictRules RULES = (f, s) -> {
        List<RecheckFinding> found = new ArrayList<>();
        if (Boolean.FALSE.equals(f.servicesAnswer())) {
            found.add(new RecheckFinding(RecheckReason.EMPTY_SHELL, Verdict.EXIT));
        }
        if (f.daysSinceLastUpdate() != null && f.daysSinceLastUpdate() >= s.zombieDaysApp()
                && f.averageUsageRatio() != null && f.averageUsageRatio() < s.nearZeroUsageRatio()) {
            found.add(new RecheckFinding(RecheckReason.ZOMBIE, Verdict.EXIT));
        }
        if (f.duplicateApps() > 0) {
            found.add(new RecheckFinding(RecheckReason.DUPLICATE_APP, Verdict.INTEGRATE));
        }
        if (f.platformOverlaps() > 0) {
            found.add(new RecheckFinding(RecheckReason.PLATFORM_OVERLAP, Verdict.INTEGRATE));
        }
        if (f.bannedFeatures() > 0) {
            found.add(new RecheckFinding(RecheckReason.BANNED_FEATURE, Verdict.RECTIFY));
        }
        if (f.burdenReporters() >= s.burdenThreshold()) {
            found.add(new RecheckFinding(RecheckReason.BURDEN_REPORTS, Verdict.RECTIFY));
        }
        switch (f.selfInspection()) {
            case "NONE" -> found.add(new RecheckFinding(RecheckReason.NO_SELF_INSPECTION, Verdict.KEEP));
            case "RECTIFY" -> found.add(new RecheckFinding(RecheckReason.SELF_INSPECTION_PROPOSES_RECTIFICATION,
                    Verdict.RECTIFY));
            case "INTEGRATE" -> found.add(new RecheckFinding(RecheckReason.SELF_INSPECTION_PROPOSES_INTEGRATION,
                    Verdict.INTEGRATE));
            case "EXIT" -> found.add(new RecheckFinding(RecheckReason.SELF_INSPECTION_PROPOSES_EXIT, Verdict.EXIT));
            default -> { }
        }
        return VerdictOutcome.of(found);
    };

    private FilingFixture fx;
    private InMemoryRechecks rechecks;
    private InMemoryUsageFacts usage;
    private InMemoryEvaluations evaluations;
    private InMemoryNotices notices;
    private RecheckService service;
    private final Actor supervisor = Actors.supervisor("supervisor.wuhan", Hubei.WUHAN);
    private final Actor owner = Actors.applicant(Hubei.WUHAN_UNIT);
    private final Actor reviewer = Actors.wuhanReviewer();

    @BeforeEach
    void wire() {
        wire(new FilingFixture());
    }

    /** The service over the fixture's registry; the re-check asks today's pre-check rules (the defaults). */
    private void wire(FilingFixture fixture) {
        fx = fixture;
        rechecks = new InMemoryRechecks();
        usage = new InMemoryUsageFacts();
        evaluations = new InMemoryEvaluations();
        notices = new InMemoryNotices();
        PreCheck todaysRules = new PreCheck(PreCheckSettings.defaults(), fx.filedFunctions, fx.catalogue);
        service = new RecheckService(rechecks, fx.apps, usage, evaluations, todaysRules,
                new NoticeService(notices, fx.clock), RULES, RecheckSettings.defaults(), EvaluationSettings.defaults(),
                fx.clock);
    }

    @Test
    void aKeptAppGoesBackToFiled() {
        App app = filedWithUsage(LocalDate.of(2026, 2, 1), 5000, 10000, true);
        Recheck r = service.start(supervisor, app.id(), RecheckTrigger.SUPERVISOR);
        assertThat(r.state()).isEqualTo(RecheckState.SELF_INSPECTION);
        assertThat(status(app)).isEqualTo(AppStatus.UNDER_RECHECK);
        assertThat(service.isRunning(app.id())).isTrue();

        service.answerSelfInspection(owner, r.id(), Verdict.KEEP, "运行正常，用户活跃");
        Recheck assessed = service.assess(r.id());
        assertThat(assessed.state()).isEqualTo(RecheckState.AWAITING_CONFIRMATION);
        assertThat(assessed.computed().verdict()).isEqualTo(Verdict.KEEP);

        RecheckService.Confirmation c = service.confirm(reviewer, r.id(), Verdict.KEEP, null);
        assertThat(c.recheck().state()).isEqualTo(RecheckState.CONCLUDED);
        assertThat(c.recheck().outcome()).isEqualTo(RecheckOutcome.KEPT);
        assertThat(c.toRectify()).isEmpty();
        assertThat(status(app)).isEqualTo(AppStatus.FILED);
        assertThat(rechecks.steps(r.id())).extracting(RecheckStep::to).containsExactly(RecheckState.SELF_INSPECTION,
                RecheckState.SELF_INSPECTION, RecheckState.AWAITING_CONFIRMATION, RecheckState.CONCLUDED);
        assertThat(rechecks.openFor(app.id())).isEmpty();
    }

    @Test
    void burdenReportsLeadToRectificationWithTheReasonsForTheLedger() {
        App app = filedWithUsage(LocalDate.of(2026, 2, 1), 5000, 10000, true);
        for (int i = 0; i < 5; i++) {
            evaluations.add(new Evaluation(null, app.id(), "observer" + i, "420102001001-001", 1,
                    Set.of(BurdenCategory.CHECK_IN), "每天打卡", false, fx.clock.instant().minus(Duration.ofDays(3))));
        }
        Recheck r = service.start(Actor.system(), app.id(), RecheckTrigger.BURDEN_REPORTS);
        service.answerSelfInspection(owner, r.id(), Verdict.KEEP, "无问题");
        assertThat(service.facts(service.visible(Actor.system(), r.id())).burdenReporters()).isEqualTo(5);
        service.assess(r.id());
        RecheckService.Confirmation c = service.confirm(reviewer, r.id(), Verdict.RECTIFY, null);
        assertThat(c.recheck().outcome()).isEqualTo(RecheckOutcome.RECTIFYING);
        assertThat(c.toRectify()).containsExactly(RecheckReason.BURDEN_REPORTS);
        assertThat(status(app)).isEqualTo(AppStatus.RECTIFYING);
    }

    @Test
    void integrationIsHandedOver() {
        App app = filedWithUsage(LocalDate.of(2026, 2, 1), 5000, 10000, true);
        Recheck r = started(app);
        service.answerSelfInspection(owner, r.id(), Verdict.INTEGRATE, "并入鄂汇办");
        service.assess(r.id());
        Recheck done = service.confirm(reviewer, r.id(), Verdict.INTEGRATE, null).recheck();
        assertThat(done.outcome()).isEqualTo(RecheckOutcome.INTEGRATION_HANDED_OVER);
        assertThat(status(app)).isEqualTo(AppStatus.INTEGRATING);
    }

    @Test
    void anEmptyShellIsHandedOverToExitAndStaysUnderRecheck() {
        App app = filedWithUsage(LocalDate.of(2026, 2, 1), 5000, 10000, false);
        Recheck r = started(app);
        service.answerSelfInspection(owner, r.id(), Verdict.KEEP, "服务正常");
        assertThat(service.assess(r.id()).computed().verdict()).isEqualTo(Verdict.EXIT);
        Recheck done = service.confirm(reviewer, r.id(), Verdict.EXIT, null).recheck();
        assertThat(done.state()).isEqualTo(RecheckState.CONCLUDED);
        assertThat(done.outcome()).isEqualTo(RecheckOutcome.EXIT_HANDED_OVER);
        assertThat(done.windowEnds()).isNull();
        assertThat(status(app)).isEqualTo(AppStatus.UNDER_RECHECK);
    }

    @Test
    void aZombieGetsTheWindowAndAnUpheldAppealKeepsIt() {
        App app = zombie();
        Recheck r = started(app);
        service.answerSelfInspection(owner, r.id(), Verdict.KEEP, "仍在使用");
        service.assess(r.id());
        Recheck window = service.confirm(reviewer, r.id(), Verdict.EXIT, null).recheck();
        assertThat(window.state()).isEqualTo(RecheckState.ZOMBIE_WINDOW);
        assertThat(window.windowEnds()).isEqualTo(fx.clock.instant().plus(Duration.ofDays(90)));

        assertThatThrownBy(() -> service.appeal(reviewer, r.id(), "x")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.appeal(owner, r.id(), " ")).isInstanceOf(RuleViolationException.class);
        assertThat(service.appeal(owner, r.id(), "汛期才集中使用").state()).isEqualTo(RecheckState.APPEAL_PENDING);
        assertThatThrownBy(() -> service.appeal(owner, r.id(), "再次申辩"))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("APPEAL_PENDING");
        assertThatThrownBy(() -> service.windowClosed(r.id())).isInstanceOf(StateConflictException.class);

        Recheck done = service.decideAppeal(reviewer, r.id(), true, "季节性使用属实");
        assertThat(done.outcome()).isEqualTo(RecheckOutcome.KEPT);
        assertThat(status(app)).isEqualTo(AppStatus.FILED);
    }

    @Test
    void aDismissedAppealHandsTheAppOverToExit() {
        Recheck r = inZombieWindow(zombie());
        service.appeal(owner, r.id(), "仍有需要");
        Recheck done = service.decideAppeal(reviewer, r.id(), false, "无使用记录");
        assertThat(done.outcome()).isEqualTo(RecheckOutcome.EXIT_HANDED_OVER);
        assertThat(status(fx.apps.byId(r.appId()).orElseThrow())).isEqualTo(AppStatus.UNDER_RECHECK);
    }

    @Test
    void aZombieWithNoAnswerInTheWindowIsHandedOverToExit() {
        Recheck r = inZombieWindow(zombie());
        fx.clock.advance(Duration.ofDays(91));
        Recheck done = service.windowClosed(r.id());
        assertThat(done.outcome()).isEqualTo(RecheckOutcome.EXIT_HANDED_OVER);
        assertThatThrownBy(() -> service.appeal(owner, r.id(), "迟到的申辩"))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("CONCLUDED");
    }

    @Test
    void aZombieUpdatedWithinTheWindowIsKeptAtItsEnd() {
        App app = zombie();
        Recheck r = inZombieWindow(app);
        fx.clock.advance(Duration.ofDays(91));
        // the owner released an update and users came back
        for (int i = 1; i <= 12; i++) {
            YearMonth m = YearMonth.of(2026, 5).minusMonths(i);
            usage.upsert(new UsageMonth(app.id(), m, 3000, 10000, LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 10),
                    true, "importer", fx.clock.instant()));
        }
        Recheck done = service.windowClosed(r.id());
        assertThat(done.outcome()).isEqualTo(RecheckOutcome.KEPT);
        assertThat(status(app)).isEqualTo(AppStatus.FILED);
    }

    @Test
    void aMissedSelfInspectionIsRecordedAndTheVerdictRestsOnTheFacts() {
        App app = filedWithUsage(LocalDate.of(2026, 2, 1), 5000, 10000, true);
        Recheck r = started(app);
        assertThatThrownBy(() -> service.assess(r.id())).isInstanceOf(StateConflictException.class);
        Recheck late = service.selfInspectionMissed(r.id());
        assertThat(late.selfInspectionLate()).isTrue();
        assertThatThrownBy(() -> service.answerSelfInspection(owner, r.id(), Verdict.KEEP, "补交"))
                .isInstanceOf(StateConflictException.class);
        Recheck assessed = service.assess(r.id());
        assertThat(assessed.computed().reasons()).containsExactly(RecheckReason.NO_SELF_INSPECTION);
        assertThat(assessed.proposal()).isNull();
    }

    @Test
    void aMissedSelfInspectionIsEscalatedOnceToTheSupervisorsOfTheOwnersCity() {
        App app = filedWithUsage(LocalDate.of(2026, 2, 1), 5000, 10000, true);
        Recheck r = started(app);
        service.selfInspectionMissed(r.id());
        fx.clock.advance(Duration.ofMinutes(1));
        // the timer's job runs again (its first transaction failed after this step)
        service.selfInspectionMissed(r.id());

        assertThat(notices.all()).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo("supervisor:420100");
            assertThat(n.kind()).isEqualTo(NoticeKind.SELF_INSPECTION_MISSED);
            assertThat(n.subjectType()).isEqualTo(NoticeSubject.RECHECK);
            assertThat(n.subjectId()).isEqualTo(r.id());
            assertThat(n.appId()).isEqualTo(app.id());
            assertThat(n.text()).contains(app.displayName()).contains(Hubei.WUHAN_UNIT.name()).contains("10 个工作日");
            assertThat(n.isRead()).isFalse();
        });
        assertThat(rechecks.steps(r.id())).extracting(RecheckStep::action)
                .containsExactly("启动复核", "自查逾期", "上报督查");
        assertThat(rechecks.steps(r.id()).get(2).note()).contains("420100");
    }

    @Test
    void aProvincialUnitsMissedSelfInspectionGoesToTheProvincesSupervisors() {
        App app = fx.filed(Hubei.PROVINCE_UNIT, "鄂政办事", "在线办事");
        Recheck r = service.start(Actors.supervisor("supervisor.hubei", Hubei.PROVINCE), app.id(),
                RecheckTrigger.SUPERVISOR);
        service.selfInspectionMissed(r.id());

        assertThat(notices.all()).extracting(Notice::recipient).containsExactly("supervisor:420000");
    }

    @Test
    void aReviewerOverrideNeedsAReason() {
        App app = filedWithUsage(LocalDate.of(2026, 2, 1), 5000, 10000, true);
        Recheck r = started(app);
        service.answerSelfInspection(owner, r.id(), Verdict.KEEP, "正常");
        service.assess(r.id());
        assertThatThrownBy(() -> service.confirm(reviewer, r.id(), Verdict.RECTIFY, null))
                .isInstanceOf(RuleViolationException.class);
        assertThat(status(app)).isEqualTo(AppStatus.UNDER_RECHECK);
        RecheckService.Confirmation c = service.confirm(reviewer, r.id(), Verdict.RECTIFY, "抽查发现强制签到");
        assertThat(c.recheck().overrideReason()).isEqualTo("抽查发现强制签到");
        assertThat(c.toRectify()).isEmpty();
        assertThat(status(app)).isEqualTo(AppStatus.RECTIFYING);
    }

    @Test
    void startIsForSupervisorsOfTheJurisdictionAndFiledApps() {
        App app = filedWithUsage(LocalDate.of(2026, 2, 1), 5000, 10000, true);
        assertThatThrownBy(() -> service.start(owner, app.id(), RecheckTrigger.SUPERVISOR))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.start(Actors.supervisor("s.yc", Hubei.YICHANG), app.id(),
                RecheckTrigger.SUPERVISOR)).isInstanceOf(NotFoundException.class);
        Recheck r = started(app);
        assertThatThrownBy(() -> service.start(supervisor, app.id(), RecheckTrigger.SUPERVISOR))
                .isInstanceOf(StateConflictException.class);
        assertThat(rechecks.openFor(app.id())).map(Recheck::id).contains(r.id());

        App draft = fx.draft(Hubei.WUHAN_UNIT, org.fingertip.registry.testing.Forms.complete(Hubei.WUHAN_UNIT.code(),
                "草稿应用", "查询"));
        assertThatThrownBy(() -> service.start(supervisor, draft.id(), RecheckTrigger.SUPERVISOR))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("DRAFT");
    }

    @Test
    void onlyTheOwnerAnswersAndOnlyTheOfficesReviewerConfirms() {
        App app = filedWithUsage(LocalDate.of(2026, 2, 1), 5000, 10000, true);
        Recheck r = started(app);
        assertThatThrownBy(() -> service.answerSelfInspection(Actors.applicant(Hubei.WUHAN_OTHER_UNIT), r.id(),
                Verdict.KEEP, "x")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.answerSelfInspection(owner, r.id(), null, "x"))
                .isInstanceOf(org.fingertip.registry.shared.InvalidInputException.class);
        assertThatThrownBy(() -> service.answerSelfInspection(owner, r.id(), Verdict.KEEP, ""))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> service.confirm(reviewer, r.id(), Verdict.KEEP, null))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("SELF_INSPECTION");
        service.answerSelfInspection(owner, r.id(), Verdict.KEEP, "正常");
        assertThatThrownBy(() -> service.answerSelfInspection(owner, r.id(), Verdict.KEEP, "再交"))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> service.selfInspectionMissed(r.id())).isInstanceOf(StateConflictException.class);
        service.assess(r.id());
        assertThatThrownBy(() -> service.assess(r.id())).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("AWAITING_CONFIRMATION");
        assertThatThrownBy(() -> service.confirm(Actors.provinceReviewer(), r.id(), Verdict.KEEP, null))
                .isInstanceOf(ForbiddenException.class);
        Actor ownReviewer = new Actor("both", Set.of(Role.APPLICANT, Role.REVIEWER), Hubei.WUHAN_UNIT, Hubei.WUHAN);
        assertThatThrownBy(() -> service.confirm(ownReviewer, r.id(), Verdict.KEEP, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.decideAppeal(reviewer, r.id(), true, "x"))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> service.appeal(owner, r.id(), "x")).isInstanceOf(StateConflictException.class);
        service.confirm(reviewer, r.id(), Verdict.KEEP, null);
        assertThatThrownBy(() -> service.confirm(reviewer, r.id(), Verdict.KEEP, null))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("CONCLUDED");
    }

    // ---- the filing's rules asked again ------------------------------------------------------------------------------

    @Test
    void anAppWithAFeatureBannedSinceItsFilingGetsBannedFeatureAndIsToBeRectified() {
        // filed while the word list did not yet name 积分 (points); the configured list names it now
        Map<String, Integer> thenWords = new LinkedHashMap<>(PreCheckSettings.defaultBannedWords());
        thenWords.remove("积分");
        wire(new FilingFixture(new PreCheckSettings(thenWords, 0.5)));
        App app = filedWithUsage(Forms.complete(Hubei.WUHAN_UNIT.code(), "城管积分通", "在线办事", "积分兑换"));
        Recheck r = started(app);
        service.answerSelfInspection(owner, r.id(), Verdict.KEEP, "运行正常");

        RecheckFacts facts = service.facts(service.visible(Actor.system(), r.id()));
        assertThat(facts.bannedFeatures()).isEqualTo(1);
        assertThat(facts.duplicateApps()).isZero();
        assertThat(facts.platformOverlaps()).isZero();
        VerdictOutcome computed = service.assess(r.id()).computed();
        assertThat(computed.verdict()).isEqualTo(Verdict.RECTIFY);
        assertThat(computed.reasons()).containsExactly(RecheckReason.BANNED_FEATURE);
        assertThat(service.confirm(reviewer, r.id(), Verdict.RECTIFY, null).toRectify())
                .containsExactly(RecheckReason.BANNED_FEATURE);
    }

    @Test
    void aSecurityDutyCheckInExplainedAtFilingIsNotCountedAsBannedAgain() {
        App app = filedWithUsage(Forms.withFunctions(Forms.complete(Hubei.WUHAN_UNIT.code(), "城管应急通"),
                Forms.service("在线办事"), Forms.function("应急值守签到", FunctionCategory.CHECK_IN, "防汛应急值守需要")));
        Recheck r = started(app);

        assertThat(service.facts(r).bannedFeatures()).isZero();
    }

    @Test
    void aDuplicateOfAnotherFiledAppInTheSameCityGetsDuplicateAppAndIsToBeIntegrated() {
        App app = filedWithUsage(Forms.complete(Hubei.WUHAN_UNIT.code(), "江城办", "在线办事", "政策查询"));
        // filed later, elsewhere in Wuhan, with the same functions
        fx.filed(Hubei.DISTRICT_UNIT, "江岸办", "在线办事", "政策查询", "消息通知");
        Recheck r = started(app);
        service.answerSelfInspection(owner, r.id(), Verdict.KEEP, "运行正常");

        assertThat(service.facts(r).duplicateApps()).isEqualTo(1);
        VerdictOutcome computed = service.assess(r.id()).computed();
        assertThat(computed.verdict()).isEqualTo(Verdict.INTEGRATE);
        assertThat(computed.reasons()).containsExactly(RecheckReason.DUPLICATE_APP);
    }

    @Test
    void anAppIsNeverItsOwnDuplicateNorIsAnAppOfAnotherCity() {
        App app = filedWithUsage(Forms.complete(Hubei.WUHAN_UNIT.code(), "江城办", "在线办事", "政策查询"));
        fx.filed(Hubei.YICHANG_UNIT, "宜昌办", "在线办事", "政策查询");
        Recheck r = started(app);

        assertThat(service.facts(r).duplicateApps()).isZero();
        service.answerSelfInspection(owner, r.id(), Verdict.KEEP, "运行正常");
        assertThat(service.assess(r.id()).computed().verdict()).isEqualTo(Verdict.KEEP);
    }

    @Test
    void aFunctionTheUnifiedPlatformOffersGetsPlatformOverlapAndIsToBeIntegrated() {
        fx.catalogue.save(new PlatformFunction("420000", "鄂汇办", "社保查询"));
        App app = filedWithUsage(Forms.complete(Hubei.WUHAN_UNIT.code(), "江城社保", "社保 查询", "在线办事"));
        Recheck r = started(app);
        service.answerSelfInspection(owner, r.id(), Verdict.KEEP, "运行正常");

        assertThat(service.facts(r).platformOverlaps()).isEqualTo(1);
        VerdictOutcome computed = service.assess(r.id()).computed();
        assertThat(computed.verdict()).isEqualTo(Verdict.INTEGRATE);
        assertThat(computed.reasons()).containsExactly(RecheckReason.PLATFORM_OVERLAP);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private Recheck started(App app) {
        return service.start(supervisor, app.id(), RecheckTrigger.SUPERVISOR);
    }

    private Recheck inZombieWindow(App app) {
        Recheck r = started(app);
        service.selfInspectionMissed(r.id());
        service.assess(r.id());
        return service.confirm(reviewer, r.id(), Verdict.EXIT, null).recheck();
    }

    private App zombie() {
        return filedWithUsage(LocalDate.of(2024, 6, 1), 3, 10000, true);
    }

    /** A filed app with twelve months of usage before the fixture's start (March 2026). */
    private App filedWithUsage(LocalDate lastUpdate, long mau, long audience, boolean answers) {
        return filedWithUsage(Forms.complete(Hubei.WUHAN_UNIT.code(), "武汉应用" + System.nanoTime() % 100000,
                "在线办事"), lastUpdate, mau, audience, answers);
    }

    /** The Wuhan unit's app filed with this form, healthy in use. */
    private App filedWithUsage(FilingForm form) {
        return filedWithUsage(form, LocalDate.of(2026, 2, 1), 5000, 10000, true);
    }

    private App filedWithUsage(FilingForm form, LocalDate lastUpdate, long mau, long audience, boolean answers) {
        App app = fx.filed(Hubei.WUHAN_UNIT, form);
        Instant at = fx.clock.instant();
        for (int i = 1; i <= 12; i++) {
            usage.upsert(new UsageMonth(app.id(), YearMonth.of(2026, 3).minusMonths(i), mau, audience, lastUpdate,
                    lastUpdate, answers, "importer", at));
        }
        return app;
    }

    private AppStatus status(App app) {
        return fx.apps.byId(app.id()).orElseThrow().status();
    }
}
