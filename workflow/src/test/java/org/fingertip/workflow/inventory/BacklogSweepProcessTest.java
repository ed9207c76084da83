package org.fingertip.workflow.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.inventory.BacklogSweep;
import org.fingertip.registry.inventory.InventoryRow;
import org.fingertip.registry.inventory.InventoryService;
import org.fingertip.registry.inventory.InventorySettings;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerQuery;
import org.fingertip.registry.notice.NoticeKind;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.registry.testing.InMemoryInventory;
import org.fingertip.registry.testing.InMemoryLedgerItems;
import org.fingertip.registry.testing.InMemoryNotices;
import org.fingertip.registry.testing.InMemoryUsageFacts;
import org.fingertip.workflow.ledger.LedgerProcessVariables;
import org.fingertip.workflow.ledger.LedgerWorkflow;
import org.fingertip.workflow.testing.Workflows;
import org.fingertip.workflow.testing.Engines;
import org.fingertip.workflow.testing.DiagramClasses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * BacklogSweepProcess on a real engine: the daily timer starts a sweep that runs a batch per job until every overdue
 * app is on the ledger (each with its LedgerItemProcess) and proposed for exit; the next day's sweep finds nothing.
 */
@Deployment(resources = {"bpmn/BacklogSweepProcess.bpmn", "bpmn/LedgerItemProcess.bpmn"})
class BacklogSweepProcessTest {
    private static final String PROCESS_KEY = "BacklogSweepProcess";
    private static final LocalDate DEADLINE = LocalDate.of(2026, 7, 25);

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(engine()).build();

    /** Injected by the extension. */
    ProcessEngine engine;

    private FilingFixture fx;
    private InMemoryLedgerItems ledgerItems;
    private InMemoryNotices notices;
    private InventoryService inventory;
    private final Actor admin = Actors.admin("admin", Hubei.PROVINCE);

    private static ProcessEngine engine() {
        return Engines.inMemory("backlog-sweep-process");
    }

    @BeforeEach
    void wire() {
        BpmnAwareTests.init(engine);
        Workflows w = new Workflows(engine);
        fx = w.fx;
        ledgerItems = w.ledgerItems;
        notices = w.notices;
        InMemoryInventory store = new InMemoryInventory(fx.apps);
        InventorySettings settings = new InventorySettings(LocalDate.of(2026, 1, 25), 6, 2);
        inventory = new InventoryService(store, fx.apps, fx.departments, new InMemoryUsageFacts(), settings, fx.clock);
        LedgerWorkflow ledgerWorkflow = w.ledgerWorkflow;
        BacklogSweep sweep = new BacklogSweep(store, fx.apps, appId -> { }, w.noticeService, settings, fx.clock);
        Mocks.register("backlogSweepDelegate", new BacklogSweepDelegate(new BacklogSweepWorkflow(sweep, ledgerWorkflow)));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private List<App> imported(int n) {
        List<InventoryRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(InventoryRow.of(i + 2, i % 2 == 0 ? Hubei.WUHAN_UNIT.code() : Hubei.YICHANG_UNIT.code(),
                    "存量应用" + i, "APP", "公众", "应用宝", "2024-05-01", null, null));
        }
        inventory.importRows(admin, "a.csv", rows);
        return fx.apps.all();
    }

    private Job timer() {
        return engine.getManagementService().createJobQuery().processDefinitionKey(PROCESS_KEY).timers()
                .singleResult();
    }

    /** Fires the daily timer and runs the sweep's batches, one job each; returns how many batch jobs ran. */
    private int oneDay() {
        engine.getManagementService().executeJob(timer().getId());
        int batches = 0;
        List<Job> jobs;
        while (!(jobs = engine.getManagementService().createJobQuery().processDefinitionKey(PROCESS_KEY)
                .messages().list()).isEmpty()) {
            engine.getManagementService().executeJob(jobs.get(0).getId());
            batches++;
        }
        return batches;
    }

    private long ledgerProcesses() {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(LedgerProcessVariables.PROCESS_KEY).count();
    }

    private static Instant on(LocalDate day) {
        return day.atStartOfDay(WorkingCalendar.ZONE).toInstant();
    }

    @Test
    void theDailyTimerSweepsEveryOverdueAppABatchPerJobAndTheNextDayFindsNothingMore() {
        List<App> apps = imported(5);
        fx.clock.set(on(DEADLINE.plusDays(1)));
        Job timer = timer();
        assertThat(timer).as("the daily timer is waiting").isNotNull();

        int batches = oneDay();

        assertThat(batches).isEqualTo(3);
        assertThat(ledgerItems.search(new LedgerQuery(null, null, null, null, null, LedgerCategory.UNFILED, 0, 100))
                .items()).extracting(r -> r.appId())
                .containsExactlyInAnyOrderElementsOf(apps.stream().map(App::id).toList());
        assertThat(ledgerProcesses()).isEqualTo(5);
        assertThat(notices.all()).hasSize(5).allMatch(n -> n.kind() == NoticeKind.FILING_OVERDUE);
        assertThat(notices.all()).extracting(n -> n.recipient()).containsOnly("supervisor:420100", "supervisor:420500");
        HistoricProcessInstance run = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY).finished().singleResult();
        assertThat(run).isNotNull();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(run.getId())
                .variableName("swept").singleResult().getValue()).isEqualTo(5);

        fx.clock.set(on(DEADLINE.plusDays(2)));
        assertThat(oneDay()).isEqualTo(1);
        assertThat(ledgerProcesses()).isEqualTo(5);
        assertThat(notices.all()).hasSize(5);
        assertThat(timer()).as("the timer waits for the next day").isNotNull();
    }

    @Test
    void theDiagramOfASweepShowsTheBatchJobItWaitsForThenTheWholePathWhenItEnds() {
        engine.getManagementService().executeJob(timer().getId());
        ProcessInstance sweep = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .singleResult();
        DiagramClasses waiting = DiagramClasses.ofInstance(engine, sweep.getId());
        assertThat(waiting.withClass("element current")).as("waiting for its asynchronous job")
                .containsExactly("Task_SweepBatch");
        assertThat(waiting.withClass("element passed")).containsExactly("StartEvent_Daily");
        assertThat(waiting.withClass("flow passed")).containsExactly("Flow_ToSweep");

        BpmnAwareTests.execute(BpmnAwareTests.job(sweep));
        DiagramClasses ended = DiagramClasses.ofInstance(engine, sweep.getId());
        assertThat(ended.withClass("element current")).isEmpty();
        assertThat(ended.withClass("element passed")).containsExactlyInAnyOrder("StartEvent_Daily", "Task_SweepBatch",
                "Gateway_MoreOverdue", "EndEvent_Swept");
        assertThat(ended.classOf("Flow_Done")).isEqualTo("flow passed");
    }

    @Test
    void beforeTheDeadlineTheSweepEndsAfterOneEmptyBatch() {
        imported(3);

        engine.getManagementService().executeJob(timer().getId());
        ProcessInstance sweep = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .singleResult();
        assertThat(sweep).isWaitingAt("Task_SweepBatch");
        BpmnAwareTests.execute(BpmnAwareTests.job(sweep));

        assertThat(sweep).hasPassed("EndEvent_Swept").isEnded();
        assertThat(ledgerProcesses()).isZero();
        assertThat(notices.all()).isEmpty();
    }
}
