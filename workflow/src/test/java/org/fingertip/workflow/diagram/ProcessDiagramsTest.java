package org.fingertip.workflow.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.fingertip.registry.app.App;
import org.fingertip.registry.filing.Decision;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerItem;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.Forms;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.workflow.filing.AbandonDelegate;
import org.fingertip.workflow.filing.ApplyRejectDelegate;
import org.fingertip.workflow.filing.ApplyReturnDelegate;
import org.fingertip.workflow.filing.FileAppDelegate;
import org.fingertip.workflow.filing.FilingWorkflow;
import org.fingertip.workflow.filing.PreCheckDelegate;
import org.fingertip.workflow.testing.DiagramClasses;
import org.fingertip.workflow.testing.Engines;
import org.fingertip.workflow.testing.Workflows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Which diagram an app's case shows: its processes found by the app's id, running ones first, newest first; an
 * instance named must be the app's; an app that never entered a process has none.
 */
@Deployment(resources = {"bpmn/AppFilingProcess.bpmn", "bpmn/LedgerItemProcess.bpmn"})
class ProcessDiagramsTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(Engines.inMemory("process-diagrams")).build();

    /** Injected by the extension. */
    ProcessEngine engine;

    private Workflows w;
    private FilingWorkflow filing;
    private ProcessDiagrams diagrams;

    @BeforeEach
    void wire() {
        w = new Workflows(engine);
        Mocks.register("preCheckDelegate", new PreCheckDelegate(w.fx.service));
        Mocks.register("applyReturnDelegate", new ApplyReturnDelegate(w.fx.service));
        Mocks.register("applyRejectDelegate", new ApplyRejectDelegate(w.fx.service));
        Mocks.register("fileAppDelegate", new FileAppDelegate(w.fx.service));
        Mocks.register("abandonDelegate", new AbandonDelegate(w.fx.service));
        filing = new FilingWorkflow(w.fx.service, engine.getRuntimeService(), engine.getTaskService(),
                w.tracking.completion);
        diagrams = new ProcessDiagrams(engine.getRepositoryService(), engine.getHistoryService(),
                engine.getRuntimeService());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    /** Submitted through the filing process and approved at both reviews: FILED, its filing process ended. */
    private App filedThroughTheProcess(String name) {
        App draft = w.fx.draft(Hubei.WUHAN_UNIT, Forms.complete(Hubei.WUHAN_UNIT.code(),
                name + System.nanoTime() % 100000, "在线办事"));
        filing.submit(Actors.applicant(Hubei.WUHAN_UNIT), draft.id());
        filing.decide(Actors.wuhanReviewer(), openTask(draft), Decision.APPROVE, "同意", List.of());
        filing.decide(Actors.provinceReviewer(), openTask(draft), Decision.APPROVE, "同意", List.of());
        return w.fx.reload(draft);
    }

    private String openTask(App app) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(String.valueOf(app.id()))
                .singleResult().getId();
    }

    @Test
    void runningInstancesComeFirstAndTheCaseShowsTheRunningOneUnlessAnotherIsChosen() {
        App app = filedThroughTheProcess("武汉多流程通");
        w.fx.clock.advance(Duration.ofMinutes(5));
        LedgerItem item = w.ledgerWorkflow.open(Actors.supervisor("supervisor.wuhan", Hubei.WUHAN), app.id(),
                LedgerCategory.BURDEN, "强制签到");

        List<CaseInstance> instances = diagrams.instancesOfApp(app.id());
        assertThat(instances).extracting(CaseInstance::processDefinitionKey)
                .containsExactly("LedgerItemProcess", "AppFilingProcess");
        assertThat(instances).extracting(CaseInstance::active).containsExactly(true, false);
        assertThat(instances.get(0).processName()).isEqualTo("整改台账事项（拉单挂账、逐一销号）");
        assertThat(instances.get(1).processName()).isEqualTo("政务应用申请—审核—备案");
        assertThat(instances.get(0).endTime()).isNull();
        assertThat(instances.get(1).endTime()).isAfterOrEqualTo(instances.get(1).startTime());

        DiagramClasses shown = DiagramClasses.of(diagrams.svgOfApp(app.id(), null));
        assertThat(shown.withClass("element current")).contains("Task_Rectify");

        DiagramClasses filed = DiagramClasses.of(diagrams.svgOfApp(app.id(), instances.get(1).id()));
        assertThat(filed.withClass("element current")).isEmpty();
        assertThat(filed.isPassed("EndEvent_Filed")).isTrue();
        assertThat(filed.isPassed("Task_ProvincialReview")).isTrue();
        assertThat(filed.isUntouched("Task_Revise")).isTrue();

        w.ledgerWorkflow.reportFixed(Actors.applicant(Hubei.WUHAN_UNIT), item.id(), "已整改");
        w.ledgerWorkflow.verify(Actors.wuhanReviewer(), item.id(), true, "核验通过");
        assertThat(diagrams.instancesOfApp(app.id())).extracting(CaseInstance::active).containsOnly(false);
        DiagramClasses newestEnded = DiagramClasses.of(diagrams.svgOfApp(app.id(), null));
        assertThat(newestEnded.isPassed("EndEvent_Closed")).as("the ledger item, ended last").isTrue();
    }

    @Test
    void anInstanceOfAnotherAppOrUnknownIsNotFound() {
        App app = filedThroughTheProcess("武汉甲应用");
        App other = filedThroughTheProcess("武汉乙应用");
        String othersInstance = diagrams.instancesOfApp(other.id()).get(0).id();

        assertThatThrownBy(() -> diagrams.svgOfApp(app.id(), othersInstance)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("没有流程实例");
        assertThatThrownBy(() -> diagrams.svgOfApp(app.id(), "no-such-instance"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> diagrams.svg("no-such-instance")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("未找到流程实例");
        assertThat(diagrams.svgOfApp(other.id(), othersInstance)).contains("data-element-id=\"EndEvent_Filed\"");
    }

    @Test
    void anAppThatNeverEnteredAProcessHasNoDiagram() {
        App draft = w.fx.draft(Hubei.WUHAN_UNIT, Forms.complete(Hubei.WUHAN_UNIT.code(), "武汉草稿应用"));
        assertThat(diagrams.instancesOfApp(draft.id())).isEmpty();
        assertThatThrownBy(() -> diagrams.svgOfApp(draft.id(), null)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("尚未进入任何流程");
        assertThatThrownBy(() -> diagrams.svgOfApp(draft.id(), " ")).isInstanceOf(NotFoundException.class);
    }
}
