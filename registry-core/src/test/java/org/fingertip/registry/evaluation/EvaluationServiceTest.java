package org.fingertip.registry.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Audience;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerService;
import org.fingertip.registry.ledger.LedgerSettings;
import org.fingertip.registry.ledger.LedgerSource;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.Forms;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.registry.testing.InMemoryEvaluations;
import org.fingertip.registry.testing.InMemoryLedgerItems;
import org.junit.jupiter.api.Test;

class EvaluationServiceTest {
    private final FilingFixture fx = new FilingFixture();
    private final InMemoryEvaluations evaluations = new InMemoryEvaluations();
    private final InMemoryLedgerItems ledgerItems = new InMemoryLedgerItems();
    private final EvaluationService service = new EvaluationService(evaluations, fx.apps, evaluations, ledgerItems,
            EvaluationSettings.defaults(), fx.clock);
    private final LedgerService ledger = new LedgerService(ledgerItems, fx.apps, LedgerSettings.defaults(), fx.clock);

    private App internalWuhanApp() {
        return fx.filed(Hubei.WUHAN_UNIT, Forms.complete(Hubei.WUHAN_UNIT.code(), "武汉城管通", "在线办事"));
    }

    private static Actor observer(int n) {
        return Actors.observer("observer." + n, Hubei.WUHAN);
    }

    @Test
    void anObserverOfTheJurisdictionRatesAndReportsBurdens() {
        App app = internalWuhanApp();
        EvaluationService.Rated rated = service.rate(observer(1), app.id(), 2,
                List.of(BurdenCategory.CHECK_IN, BurdenCategory.CHECK_IN, BurdenCategory.POINTS_RANKING), "每天要求签到",
                false);
        assertThat(rated.evaluation().burdens()).containsExactlyInAnyOrder(BurdenCategory.CHECK_IN,
                BurdenCategory.POINTS_RANKING);
        assertThat(rated.alarm()).isEmpty();
        assertThat(evaluations.locksTaken()).isEqualTo(1);
        assertThat(service.summary(Actors.wuhanReviewer(), app.id())).isEqualTo(new Evaluations.Summary(2.0, 1));
    }

    @Test
    void theFifthDistinctReporterWithinThirtyDaysRaisesTheAlarmOnceWhileTheItemIsOpen() {
        App app = internalWuhanApp();
        for (int i = 1; i <= 4; i++) {
            assertThat(service.rate(observer(i), app.id(), 1, List.of(BurdenCategory.CHECK_IN), null, true).alarm())
                    .isEmpty();
        }
        // the same reporter again does not count twice
        assertThat(service.rate(observer(4), app.id(), 1, List.of(BurdenCategory.ONLINE_TIME), null, true).alarm())
                .isEmpty();
        EvaluationService.Rated fifth = service.rate(observer(5), app.id(), 1,
                List.of(BurdenCategory.CHECK_IN, BurdenCategory.ONLINE_TIME), null, false);
        assertThat(fifth.alarm()).hasValueSatisfying(a -> {
            assertThat(a.reporters()).isEqualTo(5);
            assertThat(a.category()).isEqualTo(LedgerCategory.BANNED_FEATURE);
            assertThat(a.finding()).contains("30 天内有 5 名", "强制打卡签到（5 人）", "考核在线时长（2 人）");
        });
        ledger.openFor(app, fifth.alarm().get().category(), fifth.alarm().get().finding(), LedgerSource.EVALUATION,
                null, Actor.SYSTEM_NAME);
        assertThat(service.rate(observer(6), app.id(), 1, List.of(BurdenCategory.CHECK_IN), null, false).alarm())
                .isEmpty();
    }

    @Test
    void reportsOlderThanTheWindowDoNotCount() {
        App app = internalWuhanApp();
        for (int i = 1; i <= 4; i++) {
            service.rate(observer(i), app.id(), 1, List.of(BurdenCategory.REPEATED_REPORTING), null, false);
        }
        fx.clock.advance(Duration.ofDays(31));
        assertThat(service.rate(observer(5), app.id(), 1, List.of(BurdenCategory.REPEATED_REPORTING), null, false)
                .alarm()).isEmpty();
    }

    @Test
    void ratingsWithoutBurdensNeverRaiseTheAlarm() {
        App app = internalWuhanApp();
        for (int i = 1; i <= 6; i++) {
            assertThat(service.rate(observer(i), app.id(), 5, List.of(), "好用", false).alarm()).isEmpty();
        }
    }

    @Test
    void theAudienceOfAnInternalAppIsItsCityAndOfAPublicAppTheProvinceButNeverTheOwnerUnit() {
        App internal = internalWuhanApp();
        FilingForm internalForm = Forms.complete(Hubei.WUHAN_UNIT.code(), "武汉公众通", "政策查询");
        App publicApp = fx.filed(Hubei.WUHAN_UNIT, new FilingForm(internalForm.ownerDepartmentCode(),
                internalForm.name(), internalForm.kind(), Audience.PUBLIC, internalForm.stores(),
                internalForm.packageName(), internalForm.handler(), internalForm.projectApproval(),
                internalForm.functions(), internalForm.operations(), internalForm.acceptance(),
                internalForm.similarApps(), internalForm.commitmentSigned()));
        Actor districtStaff = Actors.applicant("staff.jiangan", Hubei.DISTRICT_UNIT);
        Actor yichangStaff = Actors.applicant("staff.yichang", Hubei.YICHANG_UNIT);
        Actor ownerStaff = Actors.applicant(Hubei.WUHAN_UNIT);

        assertThat(EvaluationService.inAudience(districtStaff, internal)).isTrue();
        assertThat(EvaluationService.inAudience(ownerStaff, internal)).isFalse();
        assertThat(EvaluationService.inAudience(yichangStaff, publicApp)).isTrue();
        assertThat(EvaluationService.inAudience(yichangStaff, internal)).isFalse();
        assertThatThrownBy(() -> service.rate(yichangStaff, internal.id(), 3, List.of(), null, false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.rate(Actors.supervisor("s", Hubei.WUHAN), internal.id(), 3, List.of(),
                null, false)).isInstanceOf(ForbiddenException.class);
        assertThat(service.rate(districtStaff, internal.id(), 3, List.of(), null, false).evaluation().reporter())
                .isEqualTo("staff.jiangan");
    }

    @Test
    void anAnonymousReporterIsHiddenFromTheOwnerUnitButNotFromSupervisors() {
        App app = internalWuhanApp();
        service.rate(observer(1), app.id(), 2, List.of(BurdenCategory.NOTIFICATION_OVERLOAD), "推送太多", true);
        assertThat(service.ofApp(Actors.applicant(Hubei.WUHAN_UNIT), app.id(), 20)).singleElement()
                .satisfies(e -> assertThat(e.reporter()).isNull());
        assertThat(service.ofApp(Actors.supervisor("supervisor.wuhan", Hubei.WUHAN), app.id(), 20)).singleElement()
                .satisfies(e -> assertThat(e.reporter()).isEqualTo("observer.1"));
    }

    @Test
    void badRatingsNameTheFieldAndAppsNotInUseCannotBeRated() {
        App app = internalWuhanApp();
        assertThatThrownBy(() -> service.rate(observer(1), app.id(), 6, List.of(), null, false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("rating"));
        assertThatThrownBy(() -> service.rate(observer(1), app.id(), null, java.util.Arrays.asList(
                BurdenCategory.OTHER, null), "长".repeat(1001), false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field())
                                .containsExactly("rating", "burdens[1]", "comment"));
        App underReview = fx.passedPreCheck(Hubei.WUHAN_UNIT, Forms.complete(Hubei.WUHAN_UNIT.code(), "审核中通"));
        assertThatThrownBy(() -> service.rate(observer(1), underReview.id(), 3, List.of(), null, false))
                .isInstanceOf(StateConflictException.class);
    }

    // ---- the rater's own view -------------------------------------------------------------------------------------

    @Test
    void aReporterSeesItsOwnReportsNewestFirstAndNobodyElsesReport() {
        App app = internalWuhanApp();
        long first = service.rate(observer(1), app.id(), 3, List.of(), null, false).evaluation().id();
        fx.clock.advance(Duration.ofMinutes(5));
        long second = service.rate(observer(1), app.id(), 2, List.of(BurdenCategory.CHECK_IN), "签到", true)
                .evaluation().id();
        service.rate(observer(2), app.id(), 5, List.of(), null, false);

        OwnReportPage mine = service.reportsOf(observer(1), 0, 10);
        assertThat(mine.total()).isEqualTo(2);
        assertThat(mine.items()).extracting(OwnReport::id).containsExactly(second, first);
        assertThat(mine.items().get(0).burdens()).containsExactly(BurdenCategory.CHECK_IN);
        assertThat(service.reportOf(observer(1), first).rating()).isEqualTo(3);
        assertThatThrownBy(() -> service.reportOf(observer(2), first)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theRateableQueryWritesTheAudienceRuleAsPathPrefixes() {
        Actor observer = new Actor("observer.x", java.util.Set.of(org.fingertip.registry.access.Role.OBSERVER),
                Hubei.COMMUNITY_UNIT, Hubei.WUHAN);
        RateableQuery q = RateableQuery.of(observer, "  城管 ", 1, 20);
        assertThat(q.jurisdictionPath()).isEqualTo(Hubei.WUHAN.path());
        assertThat(q.unitCode()).isEqualTo(Hubei.COMMUNITY_UNIT.code());
        assertThat(q.provincePath()).isEqualTo("/420000/");
        assertThat(q.cityPath()).isEqualTo("/420000/420100/");
        assertThat(q.keyword()).isEqualTo("城管");
        assertThat(q.offset()).isEqualTo(20);
        assertThat(q.statuses()).contains(org.fingertip.registry.app.AppStatus.FILED)
                .doesNotContain(org.fingertip.registry.app.AppStatus.DRAFT);

        RateableQuery provincial = RateableQuery.of(Actors.applicant(Hubei.PROVINCE_UNIT), null, 0, 20);
        assertThat(provincial.jurisdictionPath()).as("not an observer").isNull();
        assertThat(provincial.cityPath()).as("a provincial unit has no city").isNull();
        assertThat(RateableQuery.of(Actors.supervisor("s", Hubei.WUHAN), null, 0, 20).empty()).isTrue();
        assertThat(service.rateable(Actors.supervisor("s", Hubei.WUHAN), null, 0, 20).total()).isZero();
        assertThatThrownBy(() -> service.rateable(observer, "长".repeat(101), 0, 20))
                .isInstanceOf(InvalidInputException.class);
    }
}
