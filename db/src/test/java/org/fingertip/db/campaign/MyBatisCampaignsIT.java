package org.fingertip.db.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fingertip.db.TestApps.at;
import static org.fingertip.db.TestApps.completeForm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fingertip.db.TestApps;
import org.fingertip.db.TestTree;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.campaign.Campaign;
import org.fingertip.registry.campaign.CampaignMember;
import org.fingertip.registry.campaign.CampaignProgress;
import org.fingertip.registry.campaign.CampaignScope;
import org.fingertip.registry.campaign.CampaignState;
import org.fingertip.registry.campaign.Campaigns;
import org.fingertip.registry.campaign.MemberState;
import org.fingertip.registry.campaign.RecheckSchedule;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.recheck.Recheck;
import org.fingertip.registry.recheck.RecheckTrigger;
import org.fingertip.registry.recheck.Rechecks;
import org.fingertip.registry.recheck.Verdict;
import org.fingertip.registry.recheck.VerdictOutcome;
import org.fingertip.registry.shared.StateConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MyBatisCampaignsIT {
    @Autowired
    Campaigns campaigns;
    @Autowired
    RecheckSchedule schedule;
    @Autowired
    Rechecks rechecks;
    @Autowired
    Apps apps;
    @Autowired
    Departments departments;

    TestTree tree;

    @BeforeEach
    void freshProvince() {
        tree = TestTree.saved(departments);
    }

    private App filed(Unit owner, AppKind kind) {
        String code = TestTree.code();
        return apps.save(TestApps.filed(completeForm(owner, "专项复核应用" + code, kind, "功能" + code), owner,
                "鄂政应备专项" + code + "号", at(0)));
    }

    private Campaign launched(int selected) {
        return campaigns.save(Campaign.launch(new CampaignScope(tree.province, Set.of(), Set.of(), 100, 7L),
                selected, selected, "supervisor.x", at(1)));
    }

    @Test
    void givenAppsOfEveryKindAndLevel_thenOnlyFiledOnesOfTheScopeKindsAndLevelsAreEligible() {
        App cityApp = filed(tree.cityUnit, AppKind.APP);
        App countyApp = filed(tree.countyUnit, AppKind.MINI_PROGRAM);
        App otherCity = filed(tree.otherCityUnit, AppKind.APP);
        apps.save(TestApps.draft(tree.cityUnit, "草稿" + TestTree.code(), at(0)));

        assertThat(campaigns.eligibleApps(tree.city.path(), Set.of(), Set.of()))
                .containsExactly(cityApp.id(), countyApp.id());
        assertThat(campaigns.eligibleApps(tree.province.path(), Set.of(AppKind.APP), Set.of()))
                .containsExactly(cityApp.id(), otherCity.id());
        assertThat(campaigns.eligibleApps(tree.province.path(), Set.of(), Set.of(DivisionLevel.COUNTY)))
                .containsExactly(countyApp.id());
        assertThat(campaigns.eligibleApps(tree.province.path(), Set.of(AppKind.APP, AppKind.MINI_PROGRAM),
                Set.of(DivisionLevel.CITY, DivisionLevel.COUNTY))).containsExactly(cityApp.id(), countyApp.id(),
                otherCity.id());
    }

    @Test
    void givenACampaign_thenItsScopeAndStateRoundTrip() {
        Campaign c = campaigns.save(Campaign.launch(new CampaignScope(tree.city, Set.of(AppKind.APP,
                AppKind.WORK_GROUP), Set.of(DivisionLevel.COUNTY), 50, -42L), 9, 5, "supervisor.x", at(1)));

        Campaign read = campaigns.byId(c.id()).orElseThrow();
        assertThat(read.division()).isEqualTo(tree.city);
        assertThat(read.kinds()).containsExactlyInAnyOrder(AppKind.APP, AppKind.WORK_GROUP);
        assertThat(read.levels()).containsExactly(DivisionLevel.COUNTY);
        assertThat(read.seed()).isEqualTo(-42L);
        assertThat(read.eligible()).isEqualTo(9);
        assertThat(read.selected()).isEqualTo(5);
        assertThat(read.launchedAt()).isEqualTo(at(1));

        read.allStarted(at(2));
        campaigns.save(read);
        Campaign done = campaigns.byId(c.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(CampaignState.STARTED);
        assertThat(done.allStartedAt()).isEqualTo(at(2));
        assertThat(campaigns.within(tree.city.path(), 10)).extracting(Campaign::id).containsExactly(c.id());
        assertThat(campaigns.within(tree.otherCity.path(), 10)).isEmpty();
    }

    @Test
    void givenMembers_thenTheyAreInsertedInChunksAndHandledOnce() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(filed(tree.cityUnit, AppKind.APP).id());
        }
        Campaign c = launched(3);
        campaigns.addMembers(c.id(), ids);
        Recheck r = rechecks.save(Recheck.start(ids.get(0), "x", tree.cityUnit, RecheckTrigger.CAMPAIGN, "system",
                at(2)));

        assertThat(campaigns.pending(c.id(), 2)).containsExactly(ids.get(0), ids.get(1));
        campaigns.memberStarted(c.id(), ids.get(0), r.id());
        campaigns.memberSkipped(c.id(), ids.get(1), "应用已在复核中");
        assertThatThrownBy(() -> campaigns.memberStarted(c.id(), ids.get(0), r.id()))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> campaigns.addMembers(c.id(), List.of(ids.get(2))))
                .isInstanceOf(RuntimeException.class);

        assertThat(campaigns.pending(c.id(), 10)).containsExactly(ids.get(2));
        List<CampaignMember> members = campaigns.members(c.id(), 0, 10);
        assertThat(members).extracting(CampaignMember::state)
                .containsExactly(MemberState.STARTED, MemberState.SKIPPED, MemberState.PENDING);
        assertThat(members.get(0).recheckId()).isEqualTo(r.id());
        assertThat(members.get(1).note()).isEqualTo("应用已在复核中");
        assertThat(members.get(0).appName()).startsWith("专项复核应用");
    }

    @Test
    void givenAnsweredAndConfirmedRechecks_thenProgressCountsThemByVerdict() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(filed(tree.cityUnit, AppKind.APP).id());
        }
        Campaign c = launched(4);
        campaigns.addMembers(c.id(), ids);
        for (int i = 0; i < 2; i++) {
            Recheck r = rechecks.save(Recheck.start(ids.get(i), "x", tree.cityUnit, RecheckTrigger.CAMPAIGN,
                    "system", at(2)));
            r.answerSelfInspection(Verdict.KEEP, "正常使用", "applicant.x", at(3));
            r.assessed(new VerdictOutcome(Verdict.KEEP, List.of(), false), at(4));
            if (i == 0) {
                r.confirm(Verdict.KEEP, null, "reviewer.x", at(5), 90);
            }
            rechecks.save(r);
            campaigns.memberStarted(c.id(), ids.get(i), r.id());
        }
        campaigns.memberSkipped(c.id(), ids.get(2), "测试");

        CampaignProgress p = campaigns.progress(c);
        assertThat(p.started()).isEqualTo(2);
        assertThat(p.skipped()).isEqualTo(1);
        assertThat(p.pending()).isEqualTo(1);
        assertThat(p.answered()).isEqualTo(2);
        assertThat(p.concluded()).isEqualTo(1);
        assertThat(p.verdicts()).containsEntry(Verdict.KEEP, 1).containsEntry(Verdict.EXIT, 0);
    }

    @Test
    void givenFiledApps_thenTheScheduleFindsTheUnscheduledAndTheDueOnesEarliestFirst() {
        App first = filed(tree.cityUnit, AppKind.APP);
        App second = filed(tree.cityUnit, AppKind.APP);
        assertThat(schedule.unscheduled(100_000)).extracting(RecheckSchedule.Unscheduled::appId)
                .contains(first.id(), second.id());
        Instant later = Instant.parse("2001-01-02T00:00:00Z");
        Instant earlier = Instant.parse("2001-01-01T00:00:00Z");
        schedule.schedule(first.id(), later);
        schedule.schedule(second.id(), Instant.parse("2001-06-01T00:00:00Z"));
        schedule.schedule(second.id(), earlier);

        assertThat(schedule.dueOf(second.id())).contains(earlier);
        assertThat(schedule.unscheduled(100_000)).extracting(RecheckSchedule.Unscheduled::appId)
                .doesNotContain(first.id(), second.id());
        assertThat(schedule.dueBy(later, 2)).containsExactly(second.id(), first.id());
        assertThat(schedule.dueBy(earlier.minus(Duration.ofSeconds(1)), 10)).doesNotContain(first.id(), second.id());

        schedule.remove(first.id());
        schedule.remove(second.id());
        assertThat(schedule.dueOf(first.id())).isEmpty();
    }
}
