package org.fingertip.workflow.recheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.evaluation.Evaluation;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerSource;
import org.fingertip.registry.notice.NoticeKind;
import org.fingertip.registry.recheck.RecheckFacts;
import org.fingertip.registry.exit.Exit;
import org.fingertip.registry.exit.ExitReason;
import org.fingertip.registry.exit.ExitTrigger;
import org.fingertip.registry.recheck.Recheck;
import org.fingertip.registry.recheck.RecheckOutcome;
import org.fingertip.registry.recheck.RecheckReason;
import org.fingertip.registry.recheck.RecheckService;
import org.fingertip.registry.recheck.RecheckState;
import org.fingertip.registry.recheck.RecheckTrigger;
import org.fingertip.registry.recheck.Verdict;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.registry.testing.InMemoryEvaluations;
import org.fingertip.registry.testing.InMemoryLedgerItems;
import org.fingertip.registry.testing.InMemoryExits;
import org.fingertip.registry.testing.InMemoryNotices;
import org.fingertip.registry.testing.InMemoryRechecks;
import org.fingertip.registry.testing.InMemoryUsageFacts;
import org.fingertip.registry.usage.UsageMonth;
import org.fingertip.workflow.testing.Engines;
import org.fingertip.workflow.testing.Workflows;
import org.fingertip.workflow.testing.ProcessTimers;
import org.fingertip.workflow.testing.DiagramClasses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The paths of RecheckProcess on a real engine with the real decision table, over the core on in-memory ports. */
@Deployment(resources = {"bpmn/RecheckProcess.bpmn", "bpmn/LedgerItemProcess.bpmn", "bpmn/AppExitProcess.bpmn",
        "dmn/RecheckVerdict.dmn"})
class RecheckProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(engine()).build();

    /** Injected by the extension. */
    ProcessEngine engine;

    private FilingFixture fx;
    private InMemoryRechecks rechecks;
    private InMemoryUsageFacts usage;
    private InMemoryEvaluations evaluations;
    private InMemoryLedgerItems ledgerItems;
    private InMemoryNotices notices;
    private InMemoryExits exits;
    private RecheckService service;
    private RecheckWorkflow workflow;
    private final Actor supervisor = Actors.supervisor("supervisor.wuhan", Hubei.WUHAN);
    private final Actor owner = Actors.applicant(Hubei.WUHAN_UNIT);
    private final Actor reviewer = Actors.wuhanReviewer();

    private static ProcessEngine engine() {
        return Engines.inMemory("recheck-process");
    }

    @BeforeEach
    void wire() {
        BpmnAwareTests.init(engine);
        Workflows w = new Workflows(engine);
        fx = w.fx;
        rechecks = w.rechecks;
        usage = w.usage;
        evaluations = w.evaluations;
        ledgerItems = w.ledgerItems;
        notices = w.notices;
        exits = w.exits;
        service = w.recheckService;
        workflow = w.recheckWorkflow;
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void aHealthyAppIsKept() {
        App app = filedWithUsage(LocalDate.of(2026, 2, 1), 5000, 10000, true);
        Recheck r = workflow.start(supervisor, app.id(), RecheckTrigger.SUPERVISOR);
        ProcessInstance pi = instanceOf(r);
        assertThat(pi).isWaitingAt("Task_SelfInspection").task().hasCandidateGroup("applicant:420100-007");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getDueDate()
                .toInstant()).isAfter(fx.clock.instant().plus(Duration.ofDays(11)));

        workflow.answerSelfInspection(owner, r.id(), Verdict.KEEP, "运行正常");
        assertThat(pi).isWaitingAt("Task_ConfirmVerdict").task().hasCandidateGroup("reviewer:420100");
        assertThat(recheck(r).computed().verdict()).isEqualTo(Verdict.KEEP);

        workflow.confirm(reviewer, r.id(), Verdict.KEEP, null);
        assertThat(pi).hasPassed("EndEvent_Concluded").isEnded();
        assertThat(recheck(r).outcome()).isEqualTo(RecheckOutcome.KEPT);
        assertThat(status(app)).isEqualTo(AppStatus.FILED);
    }

    @Test
    void aRectifyVerdictOpensOneLedgerItemPerReason() {
        App app = filedWithUsage(LocalDate.of(2026, 2, 1), 5000, 10000, true);
        for (int i = 0; i < 5; i++) {
            evaluations.add(new Evaluation(null, app.id(), "observer" + i, "420102001001-001", 1,
                    Set.of(BurdenCategory.CHECK_IN), "每天打卡", false, fx.clock.instant().minus(Duration.ofDays(2))));
        }
        Recheck r = workflow.start(Actor.system(), app.id(), RecheckTrigger.BURDEN_REPORTS);
        workflow.answerSelfInspection(owner, r.id(), Verdict.KEEP, "无问题");
        assertThat(recheck(r).computed().verdict()).isEqualTo(Verdict.RECTIFY);

        RecheckWorkflow.Confirmed c = workflow.confirm(reviewer, r.id(), Verdict.RECTIFY, null);
        assertThat(instanceOf(r)).isNull();
        assertThat(c.recheck().outcome()).isEqualTo(RecheckOutcome.RECTIFYING);
        assertThat(c.ledgerItems()).singleElement().satisfies(item -> {
            assertThat(item.category()).isEqualTo(LedgerCategory.BURDEN);
            assertThat(item.source()).isEqualTo(LedgerSource.RECHECK);
            assertThat(item.sourceRef()).isEqualTo("recheck:" + r.id());
        });
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("LedgerItemProcess")
                .count()).isEqualTo(1);
        assertThat(status(app)).isEqualTo(AppStatus.RECTIFYING);
    }

    @Test
    void aZombieUpdatedWithinTheWindowIsKeptWhenTheWindowEnds() {
        App app = zombie();
        Recheck r = confirmedZombie(app);
        ProcessInstance pi = instanceOfId(r.id());
        fx.clock.advance(Duration.ofDays(91));
        for (int i = 1; i <= 12; i++) {
            usage.upsert(new UsageMonth(app.id(), YearMonth.of(2026, 6).minusMonths(i), 3000, 10000,
                    LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 10), true, "importer", fx.clock.instant()));
        }
        fireTimer(pi);
        assertThat(pi).hasPassed("ServiceTask_WindowClosed", "EndEvent_WindowClosed").isEnded();
        assertThat(recheck(r).outcome()).isEqualTo(RecheckOutcome.KEPT);
        assertThat(status(app)).isEqualTo(AppStatus.FILED);
    }

    @Test
    void aZombieWhoseAppealIsUpheldIsKept() {
        App app = zombie();
        Recheck r = confirmedZombie(app);
        ProcessInstance pi = instanceOfId(r.id());
        workflow.appeal(owner, r.id(), "汛期集中使用，已安排更新");
        assertThat(pi).isWaitingAt("Task_DecideAppeal").task().hasCandidateGroup("reviewer:420100");
        assertThat(ProcessTimers.of(engine, pi.getId())).isEmpty();
        workflow.decideAppeal(reviewer, r.id(), true, "季节性使用属实");
        assertThat(pi).hasPassed("EndEvent_AppealDecided").isEnded();
        assertThat(recheck(r).outcome()).isEqualTo(RecheckOutcome.KEPT);
        assertThat(status(app)).isEqualTo(AppStatus.FILED);
    }

    @Test
    void aZombieWithNoAnswerInTheWindowIsHandedOverToExit() {
        App app = zombie();
        Recheck r = confirmedZombie(app);
        ProcessInstance pi = instanceOfId(r.id());
        assertThat(timer(pi).getDuedate().toInstant()).isEqualTo(recheck(r).windowEnds());
        fx.clock.advance(Duration.ofDays(91));
        fireTimer(pi);
        assertThat(pi).isEnded();
        assertThat(recheck(r).outcome()).isEqualTo(RecheckOutcome.EXIT_HANDED_OVER);
        assertThat(status(app)).isEqualTo(AppStatus.EXITING);
        assertHandedOverToExit(app, r, ExitReason.ZOMBIE);
    }

    @Test
    void anEmptyShellIsHandedOverToExitAtOnce() {
        App app = filedWithUsage(LocalDate.of(2026, 2, 1), 5000, 10000, false);
        Recheck r = workflow.start(supervisor, app.id(), RecheckTrigger.SUPERVISOR);
        ProcessInstance pi = instanceOf(r);
        workflow.answerSelfInspection(owner, r.id(), Verdict.KEEP, "服务正常");
        assertThat(recheck(r).computed().reasons()).contains(RecheckReason.EMPTY_SHELL);
        assertThat(recheck(r).computed().zombie()).isFalse();
        workflow.confirm(reviewer, r.id(), Verdict.EXIT, null);
        assertThat(pi).hasPassed("EndEvent_Concluded").isEnded();
        assertThat(recheck(r).outcome()).isEqualTo(RecheckOutcome.EXIT_HANDED_OVER);
        assertThat(status(app)).isEqualTo(AppStatus.EXITING);
        assertHandedOverToExit(app, r, ExitReason.EMPTY_SHELL);
    }

    /** The hand-over started the app's exit, waiting for the owner's plan with the re-check's reason suggested. */
    private void assertHandedOverToExit(App app, Recheck r, ExitReason suggested) {
        Exit exit = exits.openFor(app.id()).orElseThrow(() -> new AssertionError("no exit of app " + app.id()));
        assertThat(exit.trigger()).isEqualTo(ExitTrigger.RECHECK_VERDICT);
        assertThat(exit.recheckId()).isEqualTo(r.id());
        assertThat(exit.suggestedReason()).isEqualTo(suggested);
        ProcessInstance exitInstance = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("AppExitProcess").variableValueEquals("exitId", exit.id()).singleResult();
        assertThat(exitInstance).isWaitingAt("Task_ExitPlan").task().hasCandidateGroup("applicant:420100-007");
    }

    @Test
    void aReviewerOverrideNeedsAReason() {
        App app = filedWithUsage(LocalDate.of(2026, 2, 1), 5000, 10000, true);
        Recheck r = workflow.start(supervisor, app.id(), RecheckTrigger.SUPERVISOR);
        ProcessInstance pi = instanceOf(r);
        workflow.answerSelfInspection(owner, r.id(), Verdict.KEEP, "正常");
        assertThatThrownBy(() -> workflow.confirm(reviewer, r.id(), Verdict.RECTIFY, " "))
                .isInstanceOf(RuleViolationException.class);
        assertThat(pi).isWaitingAt("Task_ConfirmVerdict");
        RecheckWorkflow.Confirmed c = workflow.confirm(reviewer, r.id(), Verdict.RECTIFY, "抽查发现强制签到");
        assertThat(c.ledgerItems()).singleElement().extracting(i -> i.category()).isEqualTo(LedgerCategory.OTHER);
        assertThat(pi).isEnded();
    }

    @Test
    void anOverdueSelfInspectionIsEscalatedAndTheVerdictRestsOnTheFacts() {
        App app = filedWithUsage(LocalDate.of(2026, 2, 1), 5000, 10000, true);
        Recheck r = workflow.start(supervisor, app.id(), RecheckTrigger.CYCLE);
        ProcessInstance pi = instanceOf(r);
        fx.clock.advance(Duration.ofDays(15));
        fireTimer(pi);
        assertThat(pi).hasPassed("ServiceTask_SelfInspectionMissed", "ServiceTask_Assess")
                .isWaitingAt("Task_ConfirmVerdict");
        Recheck late = recheck(r);
        assertThat(late.selfInspectionLate()).isTrue();
        assertThat(late.proposal()).isNull();
        assertThat(late.computed().reasons()).containsExactly(RecheckReason.NO_SELF_INSPECTION);
        assertThat(late.computed().verdict()).isEqualTo(Verdict.KEEP);
        assertThat(rechecks.steps(r.id())).extracting(s -> s.action()).contains("自查逾期", "上报督查");
        assertThat(notices.all()).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo("supervisor:420100");
            assertThat(n.kind()).isEqualTo(NoticeKind.SELF_INSPECTION_MISSED);
            assertThat(n.subjectId()).isEqualTo(r.id());
        });
    }

    @Test
    void aRetriedTimerJobEscalatesOnceAndJudgesTheFactsWithoutAProposal() {
        App app = filedWithUsage(LocalDate.of(2026, 2, 1), 5000, 10000, true);
        Recheck r = workflow.start(supervisor, app.id(), RecheckTrigger.CYCLE);
        ProcessInstance pi = instanceOf(r);
        // the assessment fails once, after the escalation ran: the engine rolls its transaction back and retries the job
        RecheckAssessDelegate assess = new RecheckAssessDelegate(service);
        boolean[] failed = {false};
        Mocks.register("recheckAssessDelegate", (JavaDelegate) execution -> {
            if (!failed[0]) {
                failed[0] = true;
                throw new IllegalStateException("研判暂时失败");
            }
            assess.execute(execution);
        });
        fx.clock.advance(Duration.ofDays(15));
        assertThatThrownBy(() -> fireTimer(pi)).hasMessageContaining("研判暂时失败");
        assertThat(pi).isWaitingAt("Task_SelfInspection");
        assertThat(notices.all()).hasSize(1);

        fireTimer(pi);

        assertThat(pi).hasPassed("ServiceTask_SelfInspectionMissed", "ServiceTask_Assess")
                .isWaitingAt("Task_ConfirmVerdict");
        assertThat(notices.all()).singleElement().extracting(n -> n.recipient()).isEqualTo("supervisor:420100");
        assertThat(rechecks.steps(r.id())).extracting(s -> s.action())
                .containsExactly("启动复核", "自查逾期", "上报督查", "研判");
        Recheck judged = recheck(r);
        assertThat(judged.proposal()).isNull();
        assertThat(service.facts(judged).selfInspection()).isEqualTo(RecheckFacts.NO_SELF_INSPECTION);
        assertThat(judged.computed().reasons()).containsExactly(RecheckReason.NO_SELF_INSPECTION);
    }

    @Test
    void aDuplicateOfAnotherFiledAppIsJudgedForIntegrationByTheTable() {
        App app = filedWithUsage(LocalDate.of(2026, 2, 1), 5000, 10000, true);
        // filed later in Wuhan, offering the app's one function
        fx.filed(Hubei.WUHAN_OTHER_UNIT, "民政办事", "在线办事", "社保查询");
        Recheck r = workflow.start(supervisor, app.id(), RecheckTrigger.SUPERVISOR);
        workflow.answerSelfInspection(owner, r.id(), Verdict.KEEP, "运行正常");

        assertThat(recheck(r).computed().verdict()).isEqualTo(Verdict.INTEGRATE);
        assertThat(recheck(r).computed().reasons()).containsExactly(RecheckReason.DUPLICATE_APP);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private Recheck confirmedZombie(App app) {
        Recheck r = workflow.start(supervisor, app.id(), RecheckTrigger.CYCLE);
        workflow.answerSelfInspection(owner, r.id(), Verdict.KEEP, "仍在使用");
        assertThat(recheck(r).computed().zombie()).isTrue();
        workflow.confirm(reviewer, r.id(), Verdict.EXIT, null);
        assertThat(instanceOfId(r.id())).isWaitingAt("Gateway_WindowEvents");
        assertThat(recheck(r).state()).isEqualTo(RecheckState.ZOMBIE_WINDOW);
        return recheck(r);
    }

    private App zombie() {
        return filedWithUsage(LocalDate.of(2024, 6, 1), 3, 10000, true);
    }

    @Test
    void theCaseDiagramShowsTheSelfInspectionAsCurrent() {
        App app = filedWithUsage(LocalDate.of(2026, 2, 1), 5000, 10000, true);
        Recheck r = workflow.start(supervisor, app.id(), RecheckTrigger.SUPERVISOR);
        DiagramClasses diagram = DiagramClasses.ofInstance(engine, instanceOf(r).getId());
        assertThat(diagram.withClass("element current")).containsExactly("Task_SelfInspection");
        assertThat(diagram.withClass("element passed")).containsExactly("StartEvent_RecheckStarted");
        assertThat(diagram.classOf("Flow_ToSelfInspection")).isEqualTo("flow passed");
        assertThat(diagram.isUntouched("BoundaryEvent_SelfInspectionDue")).isTrue();
        assertThat(diagram.isUntouched("ServiceTask_Assess")).isTrue();
    }

    private App filedWithUsage(LocalDate lastUpdate, long mau, long audience, boolean answers) {
        App app = fx.filed(Hubei.WUHAN_UNIT, "武汉应用" + System.nanoTime() % 100000, "在线办事");
        Instant at = fx.clock.instant();
        for (int i = 1; i <= 12; i++) {
            usage.upsert(new UsageMonth(app.id(), YearMonth.of(2026, 3).minusMonths(i), mau, audience, lastUpdate,
                    lastUpdate, answers, "importer", at));
        }
        return app;
    }

    private void fireTimer(ProcessInstance pi) {
        engine.getManagementService().executeJob(timer(pi).getId());
    }

    private Job timer(ProcessInstance pi) {
        return ProcessTimers.single(engine, pi.getId());
    }

    private ProcessInstance instanceOf(Recheck r) {
        return instanceOfId(r.id());
    }

    private ProcessInstance instanceOfId(long id) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("RecheckProcess")
                .variableValueEquals("recheckId", id).singleResult();
    }

    private Recheck recheck(Recheck r) {
        return rechecks.byId(r.id()).orElseThrow();
    }

    private AppStatus status(App app) {
        return fx.apps.byId(app.id()).orElseThrow().status();
    }
}
