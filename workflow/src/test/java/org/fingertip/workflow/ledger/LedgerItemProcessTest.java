package org.fingertip.workflow.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerItem;
import org.fingertip.registry.ledger.LedgerService;
import org.fingertip.registry.ledger.LedgerSettings;
import org.fingertip.registry.ledger.LedgerState;
import org.fingertip.registry.notice.NoticeKind;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.registry.testing.InMemoryLedgerItems;
import org.fingertip.registry.testing.InMemoryNotices;
import org.fingertip.workflow.engine.CandidateGroups;
import org.fingertip.workflow.revocation.TestRevocations;
import org.fingertip.workflow.testing.Engines;
import org.fingertip.workflow.testing.WorkTracking;
import org.fingertip.workflow.task.Inbox;
import org.fingertip.workflow.task.TaskType;
import org.fingertip.workflow.task.TaskView;
import org.fingertip.workflow.testing.ProcessTimers;
import org.fingertip.workflow.testing.DiagramClasses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of LedgerItemProcess on a real engine, with the real delegate over the core on in-memory ports. */
@Deployment(resources = "bpmn/LedgerItemProcess.bpmn")
class LedgerItemProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(engine()).build();

    /** Injected by the extension. */
    ProcessEngine engine;

    private FilingFixture fx;
    private InMemoryLedgerItems items;
    private InMemoryNotices notices;
    private LedgerWorkflow workflow;
    private Inbox inbox;
    private WorkTracking tracking;
    private final Actor supervisor = Actors.supervisor("supervisor.wuhan", Hubei.WUHAN);
    private final Actor owner = Actors.applicant(Hubei.WUHAN_UNIT);
    private final Actor reviewer = Actors.wuhanReviewer();

    private static ProcessEngine engine() {
        return Engines.inMemory("ledger-item-process");
    }

    @BeforeEach
    void wire() {
        BpmnAwareTests.init(engine);
        fx = new FilingFixture();
        items = new InMemoryLedgerItems();
        LedgerService ledger = new LedgerService(items, fx.apps, LedgerSettings.defaults(), fx.clock);
        Mocks.register("ledgerDeadlineDelegate", new LedgerDeadlineDelegate(ledger));
        tracking = new WorkTracking(engine, fx.apps, fx.departments, fx.clock);
        notices = new InMemoryNotices();
        workflow = new LedgerWorkflow(ledger,
                TestRevocations.on(fx, ledger, items, notices, engine, tracking.completion),
                engine.getRuntimeService(), engine.getTaskService(), engine.getManagementService(),
                tracking.completion, tracking.dueDates);
        inbox = tracking.inbox;
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void aReportedFixVerifiedByTheReviewerClosesTheItemAndEndsTheCase() {
        LedgerItem item = opened();
        ProcessInstance pi = instanceOf(item);
        assertThat(pi).isWaitingAt("Task_Rectify", "TimerEvent_Deadline");
        assertThat(pi).task("Task_Rectify").hasCandidateGroup("applicant:420100-007");
        assertThat(task(item).getDueDate().toInstant()).isEqualTo(item.deadline());

        workflow.reportFixed(owner, item.id(), "已删除签到功能");
        assertThat(pi).isWaitingAt("Task_VerifyFix").task("Task_VerifyFix").hasCandidateGroup("reviewer:420100");
        workflow.verify(reviewer, item.id(), true, "核验通过");

        assertThat(pi).hasPassed("EndEvent_Closed").isEnded();
        assertThat(items.byId(item.id()).orElseThrow().state()).isEqualTo(LedgerState.CLOSED);
    }

    @Test
    void aFixSentBackGoesBackToTheOwnerAndCanThenBeClosed() {
        LedgerItem item = opened();
        ProcessInstance pi = instanceOf(item);
        workflow.reportFixed(owner, item.id(), "已整改");
        workflow.verify(reviewer, item.id(), false, "签到入口仍在");
        assertThat(pi).isWaitingAt("Task_Rectify", "TimerEvent_Deadline");
        assertThat(items.byId(item.id()).orElseThrow().state()).isEqualTo(LedgerState.SENT_BACK);

        workflow.reportFixed(owner, item.id(), "入口已删除");
        workflow.verify(reviewer, item.id(), true, null);
        assertThat(pi).isEnded();
    }

    @Test
    void aPassedDeadlineGoesToTheSupervisorWhoExtendsItOnceThenRevokesTheFiling() {
        LedgerItem item = opened();
        ProcessInstance pi = instanceOf(item);
        fx.clock.advance(Duration.ofDays(31));
        fireDeadline(pi);
        assertThat(pi).isWaitingAt("Task_Rectify", "Task_DecideOverdue")
                .task("Task_DecideOverdue").hasCandidateGroup(CandidateGroups.supervisors("420100"));
        assertThat(inbox.page(supervisor, 0, 20).items()).extracting(TaskView::type).contains(TaskType.DECIDE_OVERDUE);

        workflow.decideOverdue(supervisor, item.id(), LedgerWorkflow.OverdueDecision.EXTEND, "等待应用商店审核");
        LedgerItem extended = items.byId(item.id()).orElseThrow();
        assertThat(extended.extended()).isTrue();
        assertThat(pi).isWaitingAt("Task_Rectify", "TimerEvent_Deadline");
        assertThat(timer(pi).getDuedate().toInstant()).isEqualTo(extended.deadline());
        assertThat(task(item).getDueDate().toInstant()).isEqualTo(extended.deadline());

        fx.clock.advance(Duration.ofDays(31));
        fireDeadline(pi);
        assertThatThrownBy(() -> workflow.decideOverdue(supervisor, item.id(), LedgerWorkflow.OverdueDecision.EXTEND,
                "再延期")).isInstanceOf(StateConflictException.class);
        workflow.decideOverdue(supervisor, item.id(), LedgerWorkflow.OverdueDecision.REVOKE, "延期后仍未整改");

        assertThat(pi).hasPassed("EndEvent_Revoked").isEnded();
        assertThat(items.byId(item.id()).orElseThrow().state()).isEqualTo(LedgerState.REVOKED);
        assertThat(fx.apps.byId(item.appId()).orElseThrow().status()).isEqualTo(AppStatus.REVOKED);
    }

    @Test
    void revokingTheFilingThroughOneItemEndsTheAppsOtherItemsAndTellsTheOwner() {
        LedgerItem item = opened();
        LedgerItem other = workflow.open(supervisor, item.appId(), LedgerCategory.DUPLICATE, "与统一平台功能重复");
        ProcessInstance pi = instanceOf(item);
        ProcessInstance otherPi = instanceOf(other);
        fx.clock.advance(Duration.ofDays(31));
        fireDeadline(pi);
        workflow.decideOverdue(supervisor, item.id(), LedgerWorkflow.OverdueDecision.REVOKE, "逾期未整改");

        assertThat(pi).hasPassed("EndEvent_Revoked").isEnded();
        assertThat(otherPi).hasPassed("EndEvent_EndedByRevocation").isEnded();
        assertThat(items.byId(other.id()).orElseThrow().state()).isEqualTo(LedgerState.REVOKED);
        assertThat(fx.apps.byId(item.appId()).orElseThrow().status()).isEqualTo(AppStatus.REVOKED);
        assertThat(notices.all()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.FILING_REVOKED);
            assertThat(n.recipient()).isEqualTo("applicant:420100-007");
        });
    }

    @Test
    void aFixWaitingForVerificationAtTheDeadlineIsNotEscalatedUntilItIsSentBack() {
        LedgerItem item = opened();
        ProcessInstance pi = instanceOf(item);
        workflow.reportFixed(owner, item.id(), "已整改");
        fx.clock.advance(Duration.ofDays(31));
        fireDeadline(pi);
        assertThat(pi).isWaitingAt("Task_VerifyFix", "MessageEvent_SentBack");

        workflow.verify(reviewer, item.id(), false, "证据不足");
        // the deadline has passed: the timer is due at once, and the item goes to the supervisor
        fireDeadline(pi);
        assertThat(pi).isWaitingAt("Task_Rectify", "Task_DecideOverdue");
        assertThat(items.byId(item.id()).orElseThrow().escalatedAt()).isNotNull();
    }

    @Test
    void anExtensionBeforeTheDeadlineMovesTheTimer() {
        LedgerItem item = opened();
        ProcessInstance pi = instanceOf(item);
        workflow.decideOverdue(supervisor, item.id(), LedgerWorkflow.OverdueDecision.EXTEND, "需配合省平台改造");
        assertThat(timer(pi).getDuedate().toInstant())
                .isEqualTo(WorkingCalendar.endOfDay(LocalDate.of(2026, 5, 1)));
        assertThatThrownBy(() -> workflow.decideOverdue(supervisor, item.id(), LedgerWorkflow.OverdueDecision.REVOKE,
                "x")).isInstanceOf(StateConflictException.class);
    }

    @Test
    void aClosedItemTakesNoMoreSteps() {
        LedgerItem item = opened();
        workflow.reportFixed(owner, item.id(), "已整改");
        workflow.verify(reviewer, item.id(), true, null);
        assertThatThrownBy(() -> workflow.reportFixed(owner, item.id(), "再报"))
                .isInstanceOf(StateConflictException.class);
        assertThat(inbox.ofApp(item.appId())).isEmpty();
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    @Test
    void theCaseDiagramShowsTheRectificationAndTheDeadlineAsCurrent() {
        LedgerItem item = opened();
        DiagramClasses diagram = DiagramClasses.ofInstance(engine, instanceOf(item).getId());
        assertThat(diagram.withClass("element current")).containsExactlyInAnyOrder("Task_Rectify",
                "TimerEvent_Deadline");
        assertThat(diagram.withClass("element passed")).containsExactlyInAnyOrder("StartEvent_ItemOpened",
                "Gateway_WorkAndWatch");
        assertThat(diagram.withClass("flow passed")).containsExactlyInAnyOrder("Flow_ToSplit", "Flow_ToRectify",
                "Flow_ToDeadline");
        assertThat(diagram.isUntouched("Task_VerifyFix")).isTrue();
    }

    private LedgerItem opened() {
        App app = fx.filed(Hubei.WUHAN_UNIT, "武汉城管通" + System.nanoTime() % 100000, "在线办事");
        return workflow.open(supervisor, app.id(), LedgerCategory.BURDEN, "强制网格员每日签到");
    }

    private void fireDeadline(ProcessInstance pi) {
        engine.getManagementService().executeJob(timer(pi).getId());
    }

    private Job timer(ProcessInstance pi) {
        return ProcessTimers.single(engine, pi.getId());
    }

    private Task task(LedgerItem item) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instanceOf(item).getId())
                .taskDefinitionKey("Task_Rectify").singleResult();
    }

    private ProcessInstance instanceOf(LedgerItem item) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .variableValueEquals("itemId", item.id()).singleResult();
    }
}
