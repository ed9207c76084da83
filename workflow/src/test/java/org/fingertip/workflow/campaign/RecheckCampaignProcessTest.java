package org.fingertip.workflow.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
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
import org.fingertip.registry.recheck.Recheck;
import org.fingertip.registry.recheck.RecheckTrigger;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.registry.testing.InMemoryCampaigns;
import org.fingertip.registry.testing.InMemoryRecheckSchedule;
import org.fingertip.registry.testing.InMemoryRechecks;
import org.fingertip.workflow.recheck.RecheckProcessVariables;
import org.fingertip.workflow.recheck.RecheckWorkflow;
import org.fingertip.workflow.testing.Engines;
import org.fingertip.workflow.testing.Workflows;
import org.fingertip.workflow.testing.DiagramClasses;
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
        return Engines.inMemory("recheck-campaign-process");
    }

    @BeforeEach
    void wire() {
        Workflows w = new Workflows(engine);
        fx = w.fx;
        rechecks = w.rechecks;
        campaignStore = new InMemoryCampaigns(fx.apps, rechecks);
        schedule = new InMemoryRecheckSchedule(fx.apps);
        recheckWorkflow = w.recheckWorkflow;
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

    @Test
    void theDiagramsOfACampaignAndOfACycleShowWhereEachWaitsOrThatItRan() {
        filedInWuhan(1);
        campaigns.launch(supervisor, new CampaignRequest("420100", null, null, 100, 3L));
        String campaign = campaignJobs().get(0).getProcessInstanceId();
        DiagramClasses launched = DiagramClasses.ofInstance(engine, campaign);
        assertThat(launched.withClass("element current")).containsExactly("Task_StartBatch");
        assertThat(launched.withClass("element passed")).containsExactly("StartEvent_Launched");

        Job tick = engine.getManagementService().createJobQuery()
                .processDefinitionKey(CampaignProcessVariables.CYCLE_PROCESS_KEY).timers().singleResult();
        engine.getManagementService().executeJob(tick.getId());
        String run = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(CampaignProcessVariables.CYCLE_PROCESS_KEY).finished().singleResult().getId();
        DiagramClasses cycleRun = DiagramClasses.ofInstance(engine, run);
        assertThat(cycleRun.withClass("element current")).isEmpty();
        assertThat(cycleRun.withClass("element passed")).containsExactlyInAnyOrder("StartEvent_Tick", "Task_RunCycle",
                "EndEvent_Ran");
        assertThat(cycleRun.withClass("flow passed")).containsExactlyInAnyOrder("Flow_ToRun", "Flow_ToEnd");
    }

    private void runAllCampaignJobs() {
        while (!campaignJobs().isEmpty()) {
            engine.getManagementService().executeJob(campaignJobs().get(0).getId());
        }
    }
}
