package org.fingertip.workflow.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.campaign.Campaign;
import org.fingertip.registry.campaign.CampaignMember;
import org.fingertip.registry.campaign.CampaignRequest;
import org.fingertip.registry.campaign.CampaignService;
import org.fingertip.registry.campaign.CampaignState;
import org.fingertip.registry.campaign.CycleSettings;
import org.fingertip.registry.campaign.MemberState;
import org.fingertip.registry.campaign.RecheckCycle;
import org.fingertip.registry.campaign.RecheckEligibility;
import org.fingertip.registry.evaluation.EvaluationSettings;
import org.fingertip.registry.ledger.LedgerService;
import org.fingertip.registry.ledger.LedgerSettings;
import org.fingertip.registry.notice.NoticeService;
import org.fingertip.registry.recheck.Recheck;
import org.fingertip.registry.recheck.RecheckService;
import org.fingertip.registry.recheck.RecheckSettings;
import org.fingertip.registry.recheck.RecheckTrigger;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.Calendars;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.registry.testing.InMemoryCampaigns;
import org.fingertip.registry.testing.InMemoryEvaluations;
import org.fingertip.registry.testing.InMemoryLedgerItems;
import org.fingertip.registry.testing.InMemoryNotices;
import org.fingertip.registry.testing.InMemoryRecheckSchedule;
import org.fingertip.registry.testing.InMemoryRechecks;
import org.fingertip.registry.testing.InMemoryUsageFacts;
import org.fingertip.workflow.ledger.LedgerDeadlineDelegate;
import org.fingertip.workflow.ledger.LedgerDueDates;
import org.fingertip.workflow.ledger.LedgerWorkflow;
import org.fingertip.workflow.revocation.TestRevocations;
import org.fingertip.workflow.recheck.RecheckAssessDelegate;
import org.fingertip.workflow.recheck.RecheckDueDates;
import org.fingertip.workflow.recheck.RecheckProcessVariables;
import org.fingertip.workflow.recheck.RecheckSelfInspectionMissedDelegate;
import org.fingertip.workflow.recheck.RecheckVerdictEvaluator;
import org.fingertip.workflow.recheck.RecheckWindowClosedDelegate;
import org.fingertip.workflow.recheck.RecheckWorkflow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Campaigns and the periodic cycle start their re-checks in the background, in batches, never twice per app. */
@Deployment(resources = {"bpmn/RecheckCampaignProcess.bpmn", "bpmn/RecheckCycleProcess.bpmn",
        "bpmn/RecheckProcess.bpmn", "bpmn/LedgerItemProcess.bpmn", "dmn/RecheckVerdict.dmn"})
class RecheckCampaignProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(engine()).build();

    /** Injected by the extension. */
    ProcessEngine engine;

    private FilingFixture fx;
    private InMemoryRechecks rechecks;
    private InMemoryCampaigns campaignStore;
    private InMemoryRecheckSchedule schedule;
    private RecheckWorkflow recheckWorkflow;
    private CampaignWorkflow campaigns;
    private CycleWorkflow cycle;
    private final Actor supervisor = Actors.supervisor("supervisor.wuhan", Hubei.WUHAN);

    private static ProcessEngine engine() {
        StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
        config.setJdbcUrl("jdbc:h2:mem:recheck-campaign-process;DB_CLOSE_DELAY=-1");
        config.setJobExecutorActivate(false);
        config.setHistory("full");
        config.setExpressionManager(new MockExpressionManager());
        return config.buildProcessEngine();
    }

    @BeforeEach
    void wire() {
        fx = new FilingFixture();
        rechecks = new InMemoryRechecks();
        campaignStore = new InMemoryCampaigns(fx.apps, rechecks);
        schedule = new InMemoryRecheckSchedule(fx.apps);
        RecheckService service = new RecheckService(rechecks, fx.apps, new InMemoryUsageFacts(),
                new InMemoryEvaluations(), fx.preCheck, new NoticeService(new InMemoryNotices(), fx.clock),
                new RecheckVerdictEvaluator(engine.getDecisionService()),
                RecheckSettings.defaults(), EvaluationSettings.defaults(), fx.clock);
        InMemoryLedgerItems ledgerItems = new InMemoryLedgerItems();
        LedgerService ledger = new LedgerService(ledgerItems, fx.apps, LedgerSettings.defaults(), fx.clock);
        Mocks.register("ledgerDeadlineDelegate", new LedgerDeadlineDelegate(ledger));
        Mocks.register("ledgerDueDates", new LedgerDueDates(Calendars.china2026Calendar(), 5, fx.clock));
        RecheckDueDates dueDates = new RecheckDueDates(Calendars.china2026Calendar(), 10, 5, fx.clock);
        Mocks.register("recheckDueDates", dueDates);
        Mocks.register("recheckSelfInspectionMissedDelegate", new RecheckSelfInspectionMissedDelegate(service));
        Mocks.register("recheckAssessDelegate", new RecheckAssessDelegate(service));
        Mocks.register("recheckWindowClosedDelegate", new RecheckWindowClosedDelegate(service));
        LedgerWorkflow ledgerWorkflow = new LedgerWorkflow(ledger,
                TestRevocations.on(fx, ledger, ledgerItems, new InMemoryNotices(), engine), engine.getRuntimeService(),
                engine.getTaskService(), engine.getManagementService());
        recheckWorkflow = new RecheckWorkflow(service, fx.apps, ledgerWorkflow, dueDates, engine.getRuntimeService(),
                engine.getTaskService());
        RecheckEligibility eligibility = new RecheckEligibility(fx.apps, rechecks);
        campaigns = new CampaignWorkflow(new CampaignService(campaignStore, fx.departments, eligibility,
                new Random(1), fx.clock), recheckWorkflow, engine.getRuntimeService());
        Mocks.register("campaignBatchDelegate", new CampaignBatchDelegate(campaigns, 2));
        cycle = new CycleWorkflow(new RecheckCycle(schedule, eligibility, new CycleSettings(6, 30, 3), fx.clock),
                recheckWorkflow);
        Mocks.register("recheckCycleDelegate", new CycleDelegate(cycle));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private List<App> filedInWuhan(int n) {
        List<App> apps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            apps.add(fx.filed(Hubei.WUHAN_UNIT, "武汉应用" + i, "功能" + i));
        }
        return apps;
    }

    private List<Job> campaignJobs() {
        return engine.getManagementService().createJobQuery()
                .processDefinitionKey(CampaignProcessVariables.CAMPAIGN_PROCESS_KEY).list();
    }

    private long recheckInstances() {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(RecheckProcessVariables.PROCESS_KEY).count();
    }

    @Test
    void launchingStartsNoRecheckInTheRequestOnlyAJobForTheFirstBatch() {
        filedInWuhan(5);
        Campaign c = campaigns.launch(supervisor, new CampaignRequest("420100", null, null, 100, 3L));

        assertThat(c.selected()).isEqualTo(5);
        assertThat(recheckInstances()).isZero();
        assertThat(campaignJobs()).singleElement()
                .satisfies(j -> assertThat(j.getProcessInstanceId()).isNotNull());
    }

    @Test
    void theBatchesStartEverySampledAppOnceAndSkipTheOneAlreadyUnderRecheck() {
        List<App> apps = filedInWuhan(5);
        Campaign c = campaigns.launch(supervisor, new CampaignRequest("420100", null, null, 100, 3L));
        recheckWorkflow.start(supervisor, apps.get(2).id(), RecheckTrigger.SUPERVISOR);

        int jobs = 0;
        while (!campaignJobs().isEmpty()) {
            engine.getManagementService().executeJob(campaignJobs().get(0).getId());
            jobs++;
        }

        assertThat(jobs).isEqualTo(3);
        List<CampaignMember> members = campaignStore.allMembers(c.id());
        assertThat(members).filteredOn(m -> m.state() == MemberState.STARTED).hasSize(4);
        assertThat(members).filteredOn(m -> m.state() == MemberState.SKIPPED).singleElement()
                .satisfies(m -> {
                    assertThat(m.appId()).isEqualTo(apps.get(2).id());
                    assertThat(m.note()).contains("已在复核中");
                });
        assertThat(recheckInstances()).isEqualTo(5);
        for (App app : apps) {
            assertThat(fx.reload(app).status()).isEqualTo(AppStatus.UNDER_RECHECK);
            assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                    .processDefinitionKey(RecheckProcessVariables.PROCESS_KEY)
                    .processInstanceBusinessKey(String.valueOf(app.id())).count()).isEqualTo(1);
        }
        assertThat(rechecks.openFor(apps.get(0).id())).map(Recheck::trigger).contains(RecheckTrigger.CAMPAIGN);
        assertThat(campaignStore.byId(c.id()).orElseThrow().state()).isEqualTo(CampaignState.STARTED);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(CampaignProcessVariables.CAMPAIGN_PROCESS_KEY).count()).isZero();
    }

    @Test
    void twoCampaignsLaunchedOverTheSameAppsStartEachAppOnce() {
        filedInWuhan(2);
        Campaign first = campaigns.launch(supervisor, new CampaignRequest("420100", null, null, 100, 3L));
        Campaign second = campaigns.launch(supervisor, new CampaignRequest("420100", null, null, 100, 4L));
        assertThat(second.selected()).isEqualTo(2);

        runAllCampaignJobs();
        assertThat(recheckInstances()).isEqualTo(2);
        List<CampaignMember> all = new ArrayList<>(campaignStore.allMembers(first.id()));
        all.addAll(campaignStore.allMembers(second.id()));
        assertThat(all).filteredOn(m -> m.state() == MemberState.STARTED).hasSize(2);
        assertThat(all).filteredOn(m -> m.state() == MemberState.SKIPPED).hasSize(2);

        assertThatThrownBy(() -> campaigns.launch(supervisor, new CampaignRequest("420100", null, null, 100, 5L)))
                .hasMessageContaining("没有符合条件");
    }

    @Test
    void aCampaignOverAScopeWithNothingFiledIsRefusedAndStartsNothing() {
        assertThatThrownBy(() -> campaigns.launch(supervisor, new CampaignRequest("420100", null, null, 50, 1L)))
                .hasMessageContaining("没有符合条件");
        assertThat(campaignJobs()).isEmpty();
    }

    @Test
    void theCycleTimerSchedulesFiledAppsAndStartsThoseDueABatchAtATime() {
        List<App> apps = filedInWuhan(4);
        Job timer = engine.getManagementService().createJobQuery()
                .processDefinitionKey(CampaignProcessVariables.CYCLE_PROCESS_KEY).timers().singleResult();
        assertThat(timer).isNotNull();

        engine.getManagementService().executeJob(timer.getId());
        assertThat(apps).allMatch(a -> schedule.dueOf(a.id()).isPresent());
        assertThat(recheckInstances()).isZero();

        fx.clock.advance(Duration.ofDays(31 * 7));
        CycleWorkflow.Run first = cycle.runOnce();
        assertThat(first.started()).isEqualTo(3);
        CycleWorkflow.Run second = cycle.runOnce();
        assertThat(second.started()).isEqualTo(1);
        assertThat(cycle.runOnce().started()).isZero();
        assertThat(recheckInstances()).isEqualTo(4);
        assertThat(rechecks.openFor(apps.get(3).id())).map(Recheck::trigger).contains(RecheckTrigger.CYCLE);
        assertThat(apps).allMatch(a -> schedule.dueOf(a.id()).isEmpty());
    }

    @Test
    void anAppDueWhileAlreadyUnderRecheckIsNotStartedAgain() {
        List<App> apps = filedInWuhan(1);
        cycle.runOnce();
        recheckWorkflow.start(supervisor, apps.get(0).id(), RecheckTrigger.SUPERVISOR);
        fx.clock.advance(Duration.ofDays(31 * 7));

        CycleWorkflow.Run run = cycle.runOnce();
        assertThat(run.started()).isZero();
        assertThat(run.skipped()).isEqualTo(1);
        assertThat(recheckInstances()).isEqualTo(1);
    }

    private void runAllCampaignJobs() {
        while (!campaignJobs().isEmpty()) {
            engine.getManagementService().executeJob(campaignJobs().get(0).getId());
        }
    }
}
