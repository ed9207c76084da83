package org.fingertip.registry.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.recheck.Recheck;
import org.fingertip.registry.recheck.RecheckTrigger;
import org.fingertip.registry.recheck.Verdict;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.Forms;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.registry.testing.InMemoryCampaigns;
import org.fingertip.registry.testing.InMemoryRechecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CampaignServiceTest {
    private final FilingFixture f = new FilingFixture();
    private final InMemoryRechecks rechecks = new InMemoryRechecks();
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns(f.apps, rechecks);
    private final CampaignService service = new CampaignService(campaigns, f.departments,
            new RecheckEligibility(f.apps, rechecks), new Random(99), f.clock);
    private final Actor wuhanSupervisor = Actors.supervisor("supervisor.wuhan", Hubei.WUHAN);
    private final List<App> wuhanApps = new ArrayList<>();
    private App yichangApp;
    private App districtApp;

    @BeforeEach
    void tenFiledAppsInWuhanOneInADistrictAndOneInYichang() {
        for (int i = 0; i < 10; i++) {
            wuhanApps.add(f.filed(i % 2 == 0 ? Hubei.WUHAN_UNIT : Hubei.WUHAN_OTHER_UNIT, "武汉应用" + i, "功能" + i));
        }
        districtApp = f.filed(Hubei.DISTRICT_UNIT, "江岸区应用", "区级功能");
        yichangApp = f.filed(Hubei.YICHANG_UNIT, "宜昌应用", "宜昌功能");
        f.draft(Hubei.WUHAN_UNIT, Forms.complete(Hubei.WUHAN_UNIT.code(), "武汉草稿"));
    }

    @Test
    void a_campaign_samples_the_filed_apps_of_the_scope_rounded_up_and_records_them_pending() {
        Campaign c = service.launch(wuhanSupervisor, new CampaignRequest("420100", null, null, 50, 2026L));

        assertThat(c.eligible()).isEqualTo(11);
        assertThat(c.selected()).isEqualTo(6);
        assertThat(c.state()).isEqualTo(CampaignState.STARTING);
        assertThat(c.seed()).isEqualTo(2026L);
        List<Long> pending = service.pending(c.id(), 100);
        assertThat(pending).hasSize(6).doesNotContain(yichangApp.id());
        assertThat(service.progress(wuhanSupervisor, c.id()).pending()).isEqualTo(6);
    }

    @Test
    void the_same_seed_over_the_same_inventory_samples_the_same_apps() {
        Campaign first = service.launch(wuhanSupervisor, new CampaignRequest("420100", null, null, 50, 77L));
        Campaign second = service.launch(wuhanSupervisor, new CampaignRequest("420100", null, null, 50, 77L));
        Campaign other = service.launch(wuhanSupervisor, new CampaignRequest("420100", null, null, 50, 78L));

        assertThat(service.pending(second.id(), 100)).isEqualTo(service.pending(first.id(), 100));
        assertThat(service.pending(other.id(), 100)).isNotEqualTo(service.pending(first.id(), 100));
    }

    @Test
    void kinds_and_levels_narrow_the_scope() {
        Campaign counties = service.launch(wuhanSupervisor,
                new CampaignRequest("420100", List.of(AppKind.APP), List.of(DivisionLevel.COUNTY), 100, 1L));
        assertThat(service.pending(counties.id(), 100)).containsExactly(districtApp.id());

        assertThatThrownBy(() -> service.launch(wuhanSupervisor,
                new CampaignRequest("420100", List.of(AppKind.WORK_GROUP), null, 100, 1L)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("没有符合条件");
    }

    @Test
    void without_a_department_the_scope_is_the_supervisors_jurisdiction_and_without_a_seed_one_is_drawn() {
        Campaign c = service.launch(wuhanSupervisor, new CampaignRequest(null, null, null, 100, null));
        assertThat(c.division()).isEqualTo(Hubei.WUHAN);
        assertThat(c.selected()).isEqualTo(11);
        assertThat(c.seed()).isNotNegative();
    }

    @Test
    void a_scope_outside_the_jurisdiction_is_not_found_and_only_supervisors_launch() {
        assertThatThrownBy(() -> service.launch(wuhanSupervisor, new CampaignRequest("420500", null, null, 50, 1L)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.launch(Actors.wuhanReviewer(), new CampaignRequest(null, null, null, 50, 1L)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void bad_input_names_every_field() {
        assertThatThrownBy(() -> service.launch(wuhanSupervisor, new CampaignRequest("42x", null, null, 0, 1L)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("departmentCode", "samplePercent"));
        assertThatThrownBy(() -> service.launch(wuhanSupervisor, new CampaignRequest(null, null, null, null, 1L)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::message).containsExactly("请填写抽查比例（1 至 100 的整数百分比）"));
    }

    @Test
    void progress_counts_started_skipped_answered_and_confirmed_verdicts() {
        Campaign c = service.launch(wuhanSupervisor, new CampaignRequest("420100", null, null, 100, 5L));
        List<Long> batch = service.pending(c.id(), 3);
        Recheck r = rechecks.save(Recheck.start(batch.get(0), "x", Hubei.WUHAN_UNIT, RecheckTrigger.CAMPAIGN,
                Actor.SYSTEM_NAME, f.clock.instant()));
        service.started(c.id(), batch.get(0), r.id());
        service.skipped(c.id(), batch.get(1), "应用已在复核中");
        r.answerSelfInspection(Verdict.KEEP, "一切正常", "applicant", f.clock.instant());
        rechecks.save(r);

        CampaignProgress p = service.progress(wuhanSupervisor, c.id());
        assertThat(p.selected()).isEqualTo(11);
        assertThat(p.started()).isEqualTo(1);
        assertThat(p.skipped()).isEqualTo(1);
        assertThat(p.pending()).isEqualTo(9);
        assertThat(p.answered()).isEqualTo(1);
        assertThat(p.verdicts()).containsEntry(Verdict.KEEP, 0).hasSize(4);
    }

    @Test
    void the_campaign_is_started_once_no_member_is_pending() {
        Campaign c = service.launch(wuhanSupervisor, new CampaignRequest("420102", null, null, 100, 5L));
        assertThat(service.finishIfDone(c.id())).isFalse();
        service.skipped(c.id(), districtApp.id(), "测试");

        assertThat(service.finishIfDone(c.id())).isTrue();
        assertThat(service.progress(wuhanSupervisor, c.id()).campaign().state()).isEqualTo(CampaignState.STARTED);
        assertThat(service.finishIfDone(c.id())).isTrue();
    }

    @Test
    void an_app_is_not_startable_when_not_filed_or_already_under_recheck() {
        App app = wuhanApps.get(0);
        assertThat(service.whyNotStartable(app.id())).isEmpty();
        rechecks.save(Recheck.start(app.id(), "x", Hubei.WUHAN_UNIT, RecheckTrigger.SUPERVISOR, "s",
                f.clock.instant()));
        assertThat(service.whyNotStartable(app.id())).hasValueSatisfying(m -> assertThat(m).contains("已在复核中"));
        App draft = f.draft(Hubei.WUHAN_UNIT, Forms.complete(Hubei.WUHAN_UNIT.code(), "另一个草稿"));
        assertThat(service.whyNotStartable(draft.id())).hasValueSatisfying(m -> assertThat(m).contains("草稿"));
        assertThat(service.whyNotStartable(9999)).hasValue("应用已不存在");
        assertThat(AppStatus.FILED).isEqualTo(f.reload(wuhanApps.get(1)).status());
    }

    @Test
    void progress_and_lists_are_only_for_overseers_of_the_scope() {
        Campaign c = service.launch(wuhanSupervisor, new CampaignRequest("420100", null, null, 50, 1L));
        Actor yichang = Actors.supervisor("supervisor.yichang", Hubei.YICHANG);
        Actor province = Actors.supervisor("supervisor.hubei", Hubei.PROVINCE);

        assertThatThrownBy(() -> service.progress(yichang, c.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.progress(Actors.applicant(Hubei.WUHAN_UNIT), c.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.progress(province, c.id()).campaign().id()).isEqualTo(c.id());
        assertThat(service.progress(Actors.wuhanReviewer(), c.id()).selected()).isEqualTo(6);
        assertThat(service.list(yichang)).isEmpty();
        assertThat(service.list(province)).extracting(Campaign::id).containsExactly(c.id());
        assertThatThrownBy(() -> service.list(Actors.applicant(Hubei.WUHAN_UNIT)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void a_started_campaign_cannot_be_started_again() {
        Campaign c = service.launch(wuhanSupervisor, new CampaignRequest("420102", null, null, 100, 5L));
        c.allStarted(f.clock.instant());
        assertThatThrownBy(() -> c.allStarted(f.clock.instant())).isInstanceOf(StateConflictException.class);
    }
}
