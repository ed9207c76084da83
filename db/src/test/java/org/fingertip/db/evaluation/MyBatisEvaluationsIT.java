package org.fingertip.db.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fingertip.db.TestApps.at;
import static org.fingertip.db.TestApps.completeForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fingertip.db.TestApps;
import org.fingertip.db.TestTree;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppPage;
import org.fingertip.registry.app.AppSummary;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.app.Audience;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.evaluation.Evaluation;
import org.fingertip.registry.evaluation.EvaluationService;
import org.fingertip.registry.evaluation.Evaluations;
import org.fingertip.registry.evaluation.OwnReport;
import org.fingertip.registry.evaluation.OwnReportPage;
import org.fingertip.registry.evaluation.RateableQuery;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerItem;
import org.fingertip.registry.ledger.LedgerItems;
import org.fingertip.registry.ledger.LedgerSettings;
import org.fingertip.registry.ledger.LedgerSource;
import org.fingertip.registry.ledger.LedgerState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A reporter's own evaluations with what came of them, and the apps a user may rate: the SQL of each, checked
 * against the core's own rule ({@link EvaluationService#mayRate} and {@link EvaluationService#inUse}) app by app.
 */
@SpringBootTest
class MyBatisEvaluationsIT {
    @Autowired
    Evaluations evaluations;
    @Autowired
    Apps apps;
    @Autowired
    LedgerItems ledger;
    @Autowired
    Departments departments;

    TestTree tree;

    @BeforeEach
    void freshProvince() {
        tree = TestTree.saved(departments);
    }

    private App filed(Unit owner, Audience audience) {
        String code = TestTree.code();
        FilingForm f = completeForm(owner, "评价测试应用" + code);
        FilingForm form = new FilingForm(f.ownerDepartmentCode(), f.name(), f.kind(), audience, f.stores(),
                f.packageName(), f.handler(), f.projectApproval(), f.functions(), f.operations(), f.acceptance(),
                f.similarApps(), f.commitmentSigned());
        return apps.save(TestApps.filed(form, owner, "鄂政应备评价" + code + "号", at(0)));
    }

    private long rate(String reporter, long appId, int rating, Set<BurdenCategory> burdens, int minute) {
        return evaluations.add(new Evaluation(null, appId, reporter, tree.townshipUnit.code(), rating, burdens,
                "意见" + minute, false, at(minute)));
    }

    @Test
    void givenOwnEvaluations_thenNewestFirstWithTheLedgerItemEachOpenedAndItsOutcomeOnceClosed() {
        String reporter = "observer." + tree.suffix;
        App app = filed(tree.cityUnit, Audience.INTERNAL);
        long plain = rate(reporter, app.id(), 4, Set.of(), 1);
        long alarming = rate(reporter, app.id(), 1, Set.of(BurdenCategory.CHECK_IN, BurdenCategory.ONLINE_TIME), 2);
        long other = rate("someone.else." + tree.suffix, app.id(), 2, Set.of(BurdenCategory.CHECK_IN), 3);
        LedgerItem item = ledger.save(LedgerItem.open(app.id(), app.displayName(), tree.cityUnit,
                LedgerCategory.BANNED_FEATURE, "5 名基层用户反映强制打卡", LedgerSource.EVALUATION,
                Evaluation.ledgerRef(alarming), "system", at(2), LedgerSettings.defaults()));
        // an item of another source naming the same reference is not this report's
        ledger.save(LedgerItem.open(app.id(), app.displayName(), tree.cityUnit, LedgerCategory.OTHER, "督查发现",
                LedgerSource.SUPERVISOR, Evaluation.ledgerRef(plain), "supervisor.x", at(2), LedgerSettings.defaults()));

        OwnReportPage page = evaluations.reportsBy(reporter, 0, 10);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(OwnReport::id).containsExactly(alarming, plain);
        OwnReport first = page.items().get(0);
        assertThat(first.appName()).isEqualTo(app.displayName());
        assertThat(first.receivedAt()).isEqualTo(at(2));
        assertThat(first.burdens()).containsExactlyInAnyOrder(BurdenCategory.CHECK_IN, BurdenCategory.ONLINE_TIME);
        assertThat(first.followUp()).isEqualTo(new OwnReport.FollowUp(item.id(), LedgerState.OPEN, at(2), null));
        assertThat(page.items().get(1).followUp()).isNull();
        assertThat(evaluations.reportsBy(reporter, 1, 1).items()).extracting(OwnReport::id).containsExactly(plain);

        LedgerItem loaded = ledger.byId(item.id()).orElseThrow();
        loaded.reportFixed("zhang.san", "已下线打卡功能", at(10));
        ledger.save(loaded);
        LedgerItem fixed = ledger.byId(item.id()).orElseThrow();
        fixed.verify("li.si", true, "经核验，打卡功能已下线", at(20));
        ledger.save(fixed);

        OwnReport closed = evaluations.reportBy(reporter, alarming).orElseThrow();
        assertThat(closed.followUp()).isEqualTo(new OwnReport.FollowUp(item.id(), LedgerState.CLOSED, at(20),
                "经核验，打卡功能已下线"));
        assertThat(evaluations.reportBy(reporter, other)).as("someone else's").isEmpty();
        assertThat(evaluations.reportBy("someone.else." + tree.suffix, other)).isPresent();
    }

    @Test
    void givenAppsAcrossTheProvince_thenTheRateableAreExactlyThoseTheCoreLetsEachUserRate() {
        List<App> all = new ArrayList<>();
        for (Unit owner : List.of(tree.provincialUnit, tree.cityUnit, tree.countyUnit, tree.townshipUnit,
                tree.otherCityUnit)) {
            for (Audience audience : Audience.values()) {
                all.add(filed(owner, audience));
            }
        }
        // not in use: a draft and one under review
        all.add(apps.save(TestApps.draft(tree.countyUnit, "评价草稿" + TestTree.code(), at(0))));
        all.add(apps.save(TestApps.underReview(completeForm(tree.countyUnit, "评价待审" + TestTree.code()),
                tree.countyUnit, at(0))));

        List<Actor> actors = List.of(
                new Actor("observer.township", Set.of(Role.OBSERVER), tree.townshipUnit, tree.city),
                new Actor("observer.nounit", Set.of(Role.OBSERVER), null, tree.county),
                new Actor("applicant.city", Set.of(Role.APPLICANT), tree.cityUnit, tree.city),
                new Actor("applicant.province", Set.of(Role.APPLICANT), tree.provincialUnit, tree.province),
                new Actor("applicant.other", Set.of(Role.APPLICANT), tree.otherCityUnit, tree.otherCity),
                new Actor("reviewer.county", Set.of(Role.REVIEWER), tree.countyUnit, tree.county));
        for (Actor actor : actors) {
            List<Long> expected = all.stream()
                    .filter(a -> EvaluationService.mayRate(actor, a) && EvaluationService.inUse(a))
                    .map(App::id).sorted().toList();
            AppPage page = evaluations.rateable(RateableQuery.of(actor, null, 0, 100));
            assertThat(page.items().stream().map(AppSummary::id).sorted().toList()).as(actor.username())
                    .isEqualTo(expected);
            assertThat(page.total()).as(actor.username()).isEqualTo(expected.size());
        }
        // the township observer rates more than its own unit's audience; the owner never through the audience
        assertThat(evaluations.rateable(RateableQuery.of(actors.get(0), null, 0, 100)).total()).isGreaterThan(0);

        App named = all.get(3);
        AppPage byName = evaluations.rateable(RateableQuery.of(actors.get(0), named.displayName(), 0, 10));
        assertThat(byName.items()).extracting(AppSummary::id).containsExactly(named.id());
    }
}
