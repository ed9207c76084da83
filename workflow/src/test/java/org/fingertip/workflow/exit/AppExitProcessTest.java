package org.fingertip.workflow.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.PublicFiling;
import org.fingertip.registry.exit.DataDisposition;
import org.fingertip.registry.exit.Exit;
import org.fingertip.registry.exit.ExitPlan;
import org.fingertip.registry.exit.ExitPlan.DataPlan;
import org.fingertip.registry.exit.ExitPlan.FunctionMove;
import org.fingertip.registry.exit.ExitReason;
import org.fingertip.registry.exit.ExitState;
import org.fingertip.registry.notice.Notice;
import org.fingertip.registry.notice.NoticeKind;
import org.fingertip.registry.notification.Member;
import org.fingertip.registry.notification.Notification;
import org.fingertip.registry.notification.NotificationKind;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.workflow.testing.Engines;
import org.fingertip.workflow.testing.Workflows;
import org.fingertip.workflow.testing.DiagramClasses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of AppExitProcess on a real engine, over the core on in-memory ports. */
@Deployment(resources = "bpmn/AppExitProcess.bpmn")
class AppExitProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(Engines.inMemory("app-exit-process")).build();

    /** Injected by the extension. */
    ProcessEngine engine;

    private Workflows w;
    private ExitWorkflow workflow;
    private App app;
    private final Actor owner = Actors.applicant(Hubei.WUHAN_UNIT);
    private final Actor reviewer = Actors.wuhanReviewer();
    private final Actor supervisor = Actors.supervisor("supervisor.wuhan", Hubei.WUHAN);
    private static final List<String> STORES = List.of("华为应用市场", "苹果 App Store");

    @BeforeEach
    void wire() {
        BpmnAwareTests.init(engine);
        w = new Workflows(engine);
        workflow = w.exitWorkflow;
        app = w.fx.filed(Hubei.WUHAN_UNIT, "城管通", "在线办事", "案件上报");
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private LocalDate today() {
        return w.exitService.today();
    }

    private ExitPlan plan(int offlineInDays) {
        return new ExitPlan(ExitReason.VOLUNTARY, null, false, List.of(),
                List.of(new DataPlan("办件记录", DataDisposition.ARCHIVE, 10)),
                "城管通将停止服务，相关事项请通过鄂汇办办理。", today().plusDays(offlineInDays));
    }

    private ExitPlan integration(int offlineInDays) {
        return new ExitPlan(ExitReason.INTEGRATED, "鄂汇办", true, List.of(new FunctionMove("在线办事", "鄂汇办·政务服务")),
                List.of(new DataPlan("用户账号", DataDisposition.MIGRATE, null)),
                "城管通并入鄂汇办，账号与办件记录已迁移。", today().plusDays(offlineInDays));
    }

    private ProcessInstance instanceOf(Exit e) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("AppExitProcess").variableValueEquals("exitId", e.id())
                .singleResult();
    }

    private Exit exit(Exit e) {
        return w.exits.byId(e.id()).orElseThrow();
    }

    private Job timer(ProcessInstance pi, String activity) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId(activity).singleResult();
    }

    private void fire(Job job) {
        engine.getManagementService().executeJob(job.getId());
    }

    /** From the notice to EXITED, for an exit whose notice is published. */
    private void offlineAndDeregistered(Exit e, ProcessInstance pi) {
        Job notice = timer(pi, ExitProcessVariables.NOTICE_TIMER);
        assertThat(notice.getDuedate().toInstant()).isEqualTo(exit(e).offlineAt());
        w.fx.clock.set(exit(e).offlineAt());
        fire(notice);
        assertThat(pi).isWaitingAt("Task_ConfirmOffline").task().hasCandidateGroup("applicant:420100-007");
        workflow.confirmOffline(owner, e.id(), STORES, true, "两个应用市场的下架回执截图");
        assertThat(pi).isWaitingAt("Task_FileDeregistration");
        workflow.fileDeregistration(owner, e.id(), "数据已按方案归档");
        assertThat(pi).isWaitingAt("Task_VerifyExit").task().hasCandidateGroup("reviewer:420100");
        workflow.verify(reviewer, e.id(), true, "核验通过");
    }

    @Test
    void theCaseDiagramOfADirectedExitShowsThePlanAndTheDeadlineAsCurrent() {
        Exit e = workflow.direct(supervisor, app.id(), today().plusDays(40), "功能重复，限期关停");
        DiagramClasses diagram = DiagramClasses.ofInstance(engine, instanceOf(e).getId());
        assertThat(diagram.withClass("element current")).containsExactlyInAnyOrder("Task_ExitPlan", "Timer_Deadline");
        assertThat(diagram.withClass("element passed")).containsExactlyInAnyOrder("StartEvent_ExitStarted",
                "Gateway_Fork", "Gateway_Directed");
        assertThat(diagram.isUntouched("Task_ReviewExitPlan")).isTrue();
        assertThat(diagram.isUntouched("EndEvent_NotDirected")).isTrue();
    }

    @Test
    void anOwnerInitiatedExitRunsFromPlanToDeregistration() {
        Exit e = workflow.startByOwner(owner, app.id(), plan(30));
        ProcessInstance pi = instanceOf(e);
        assertThat(pi).isWaitingAt("Task_ReviewExitPlan").task().hasCandidateGroup("reviewer:420100");
        workflow.decidePlan(reviewer, e.id(), true, "同意");
        assertThat(pi).isWaitingAt(ExitProcessVariables.NOTICE_TIMER);
        assertThat(w.fx.reload(app).status()).isEqualTo(AppStatus.EXITING);

        offlineAndDeregistered(e, pi);

        assertThat(pi).hasPassed("EndEvent_Exited").isEnded();
        assertThat(exit(e).state()).isEqualTo(ExitState.EXITED);
        App exited = w.fx.reload(app);
        assertThat(exited.status()).isEqualTo(AppStatus.EXITED);
        assertThat(w.fx.apps.publicFilings(app.filingNumber(), null, 5)).singleElement()
                .satisfies(f -> assertThat(f.filingStatus()).isEqualTo(PublicFiling.FilingStatus.DEREGISTERED));
    }

    @Test
    void theNoticePeriodHoldsUntilTheOfflineDate() {
        Exit e = workflow.startByOwner(owner, app.id(), plan(45));
        workflow.decidePlan(reviewer, e.id(), true, null);
        ProcessInstance pi = instanceOf(e);
        Job notice = timer(pi, ExitProcessVariables.NOTICE_TIMER);
        assertThat(notice.getDuedate().toInstant()).isEqualTo(today().plusDays(45)
                .atStartOfDay(org.fingertip.registry.calendar.WorkingCalendar.ZONE).toInstant());
        assertThat(pi).isWaitingAt(ExitProcessVariables.NOTICE_TIMER);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count())
                .as("nothing to do for the owner before the offline date").isZero();
        assertThatThrownBy(() -> workflow.confirmOffline(owner, e.id(), STORES, true, "提前下架"))
                .hasMessageContaining("公告期");
    }

    @Test
    void aReturnedPlanIsFiledAgainAndAnOfflineDateTooEarlyIsRefused() {
        Exit e = workflow.startByOwner(owner, app.id(), plan(30));
        ProcessInstance pi = instanceOf(e);
        workflow.decidePlan(reviewer, e.id(), false, "数据处置不完整，请补充用户账号的处置");
        assertThat(pi).isWaitingAt("Task_ExitPlan").task().hasCandidateGroup("applicant:420100-007");
        assertThat(exit(e).state()).isEqualTo(ExitState.PLANNING);
        assertThatThrownBy(() -> workflow.filePlan(owner, e.id(), plan(20)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(pi).isWaitingAt("Task_ExitPlan");
        workflow.filePlan(owner, e.id(), plan(31));
        workflow.decidePlan(reviewer, e.id(), true, null);
        assertThat(pi).isWaitingAt(ExitProcessVariables.NOTICE_TIMER);
    }

    @Test
    void aDirectedExitOfflineByItsDeadlineIsNotEscalated() {
        Exit e = workflow.direct(supervisor, app.id(), today().plusDays(40), "功能重复，限期关停");
        ProcessInstance pi = instanceOf(e);
        assertThat(timer(pi, ExitProcessVariables.DEADLINE_TIMER).getDuedate().toInstant())
                .isEqualTo(exit(e).deadlineAt());
        workflow.filePlan(owner, e.id(), plan(30));
        workflow.decidePlan(reviewer, e.id(), true, null);
        w.fx.clock.set(exit(e).offlineAt());
        fire(timer(pi, ExitProcessVariables.NOTICE_TIMER));
        workflow.confirmOffline(owner, e.id(), STORES, true, "回执");
        w.fx.clock.set(exit(e).deadlineAt());
        fire(timer(pi, ExitProcessVariables.DEADLINE_TIMER));

        assertThat(exit(e).deadlineMissed()).isFalse();
        assertThat(w.notices.all()).isEmpty();
        workflow.fileDeregistration(owner, e.id(), "注销");
        workflow.verify(reviewer, e.id(), true, null);
        assertThat(pi).isEnded();
    }

    @Test
    void aDirectedExitThatMissesItsDeadlineIsEscalatedAndShownOverdue() {
        Exit e = workflow.direct(supervisor, app.id(), today().plusDays(5), "僵尸应用，限期关停");
        assertThat(e.effectiveDeadline()).isEqualTo(today().plusDays(30));
        ProcessInstance pi = instanceOf(e);
        w.fx.clock.set(exit(e).deadlineAt());
        fire(timer(pi, ExitProcessVariables.DEADLINE_TIMER));

        assertThat(exit(e).deadlineMissed()).isTrue();
        assertThat(w.notices.all()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.EXIT_DEADLINE_MISSED);
            assertThat(n.recipient()).isEqualTo("supervisor:420100");
        });
        w.fx.clock.advance(Duration.ofDays(1));
        assertThat(w.exitService.search(supervisor, null, null, true, 0, 10).items()).singleElement()
                .satisfies(r -> assertThat(r.id()).isEqualTo(e.id()));
        assertThat(pi).isWaitingAt("Task_ExitPlan");
    }

    @Test
    void theEscalationOfAMissedDeadlineNotifiesEachSupervisorOfTheCityOnceWithAnEmailQueued() {
        w.members.add("supervisor:420100", new Member("supervisor.wuhan", "supervisor.wuhan@example.gov.cn"),
                new Member("supervisor.wuhan.2", null));
        Exit e = workflow.direct(supervisor, app.id(), today().plusDays(5), "僵尸应用，限期关停");
        ProcessInstance pi = instanceOf(e);
        w.fx.clock.set(exit(e).deadlineAt());
        fire(timer(pi, ExitProcessVariables.DEADLINE_TIMER));

        Notice notice = w.notices.all().get(0);
        assertThat(w.notifications.all()).extracting(Notification::recipient)
                .containsExactly("supervisor.wuhan", "supervisor.wuhan.2");
        assertThat(w.notifications.all()).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.NOTICE);
            assertThat(n.eventKey()).isEqualTo("notice:" + notice.id());
            assertThat(n.title()).isEqualTo(NoticeKind.EXIT_DEADLINE_MISSED.label());
            assertThat(n.appId()).isEqualTo(app.id());
        });
        assertThat(w.outbox.all()).singleElement()
                .satisfies(d -> assertThat(d.address()).isEqualTo("supervisor.wuhan@example.gov.cn"));
    }

    @Test
    void aLateDeregistrationIsEscalatedOnceAndTheTaskStaysWithTheOwner() {
        Exit e = workflow.startByOwner(owner, app.id(), plan(30));
        workflow.decidePlan(reviewer, e.id(), true, null);
        ProcessInstance pi = instanceOf(e);
        w.fx.clock.set(exit(e).offlineAt());
        fire(timer(pi, ExitProcessVariables.NOTICE_TIMER));
        workflow.confirmOffline(owner, e.id(), STORES, true, "回执");
        Job due = timer(pi, ExitProcessVariables.DEREGISTRATION_TIMER);
        assertThat(due.getDuedate().toInstant()).isEqualTo(exit(e).deregistrationDue());
        w.fx.clock.set(exit(e).deregistrationDue().plusSeconds(1));
        fire(due);

        assertThat(pi).isWaitingAt("Task_FileDeregistration");
        assertThat(exit(e).deregistrationLate()).isTrue();
        assertThat(w.notices.all()).extracting(Notice::kind).containsExactly(NoticeKind.DEREGISTRATION_OVERDUE);
        workflow.fileDeregistration(owner, e.id(), "补办注销");
        workflow.verify(reviewer, e.id(), false, "缺少数据销毁记录");
        assertThat(pi).isWaitingAt("Task_FileDeregistration");
        assertThat(w.notices.all()).hasSize(1);
        workflow.fileDeregistration(owner, e.id(), "补充数据销毁记录");
        workflow.verify(reviewer, e.id(), true, null);
        assertThat(pi).isEnded();
    }

    @Test
    void anIntegrationMigratesItsUsersBeforeTheNoticeAndThenExits() {
        Exit e = workflow.startByOwner(owner, app.id(), integration(30));
        ProcessInstance pi = instanceOf(e);
        workflow.decidePlan(reviewer, e.id(), true, null);
        assertThat(pi).isWaitingAt("Task_ReportMigration");
        assertThat(w.fx.reload(app).status()).isEqualTo(AppStatus.INTEGRATING);
        workflow.reportMigration(owner, e.id(), 800, "已通过短信引导迁移");
        assertThat(pi).isWaitingAt("Task_AcceptMigration");
        workflow.decideMigration(reviewer, e.id(), false, "仍有活跃用户未迁移");
        assertThat(pi).isWaitingAt("Task_ReportMigration");
        workflow.reportMigration(owner, e.id(), 1500, "已全部迁移");
        w.fx.clock.advance(Duration.ofDays(5));
        workflow.decideMigration(reviewer, e.id(), true, null);
        assertThat(pi).isWaitingAt(ExitProcessVariables.NOTICE_TIMER);
        assertThat(exit(e).offlineDate()).isEqualTo(today().plusDays(30));
        assertThat(w.fx.reload(app).status()).isEqualTo(AppStatus.EXITING);

        offlineAndDeregistered(e, pi);
        assertThat(pi).isEnded();
        assertThat(w.exits.figures(Hubei.WUHAN.path()).integrated()).isEqualTo(1);
    }
}
