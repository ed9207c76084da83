package org.fingertip.workflow.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;

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
import org.fingertip.registry.app.Gap;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.change.ChangeFiling;
import org.fingertip.registry.change.ChangeService;
import org.fingertip.registry.change.ChangeState;
import org.fingertip.registry.filing.Decision;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.form.FormSection;
import org.fingertip.registry.form.FunctionCategory;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.Calendars;
import org.fingertip.registry.testing.ChangeFixture;
import org.fingertip.registry.testing.Forms;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.workflow.revocation.RevocationWorkflow;
import org.fingertip.workflow.task.Inbox;
import org.fingertip.workflow.task.TaskActions;
import org.fingertip.workflow.testing.Engines;
import org.fingertip.workflow.testing.WorkTracking;
import org.fingertip.workflow.task.TaskType;
import org.fingertip.workflow.task.TaskView;
import org.fingertip.workflow.testing.ProcessTimers;
import org.fingertip.workflow.testing.DiagramClasses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of AppChangeProcess on a real engine (in-memory H2), with the real delegates over the real core on
 * in-memory ports: approved (city and provincial unit), returned and revised, returned by the pre-check, rejected,
 * abandoned when the revision timer fires, withdrawn, and ended by a revocation of the filing. Each test starts from
 * an app taken through the filing's own use cases to FILED.
 */
@Deployment(resources = "bpmn/AppChangeProcess.bpmn")
class AppChangeProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(engine()).build();

    /** Injected by the extension. */
    ProcessEngine engine;

    private ChangeFixture fx;
    private ChangeWorkflow workflow;
    private RevocationWorkflow revocations;
    private Inbox inbox;
    private WorkTracking tracking;
    private final WorkingCalendar calendar = Calendars.china2026Calendar();
    private final Actor owner = Actors.applicant(Hubei.WUHAN_UNIT);

    private static ProcessEngine engine() {
        return Engines.inMemory("app-change-process");
    }

    @BeforeEach
    void wire() {
        BpmnAwareTests.init(engine);
        fx = new ChangeFixture();
        Mocks.register("changePreCheckDelegate", new ChangePreCheckDelegate(fx.service));
        Mocks.register("changeApplyReturnDelegate", new ChangeApplyReturnDelegate(fx.service));
        Mocks.register("changeApplyRejectDelegate", new ChangeApplyRejectDelegate(fx.service));
        Mocks.register("changeApproveDelegate", new ChangeApproveDelegate(fx.service));
        Mocks.register("changeAbandonDelegate", new ChangeAbandonDelegate(fx.service));
        tracking = new WorkTracking(engine, fx.filing.apps, fx.filing.departments, fx.filing.clock);
        workflow = new ChangeWorkflow(fx.service, engine.getRuntimeService(), engine.getTaskService(),
                tracking.completion);
        revocations = new RevocationWorkflow(fx.revocation, workflow, engine.getRuntimeService());
        inbox = tracking.inbox;
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void aCityUnitsChangePassesBothReviewsAndIsAppliedKeepingTheNumber() {
        App app = fx.filed(Hubei.WUHAN_UNIT, "武汉城管通", "在线办事");
        ChangeFiling change = file(app, Forms.withName(app.form(), "武汉城管通 2.0"));
        ProcessInstance pi = instanceOf(change);
        assertThat(pi).isWaitingAt("Task_ChangeFirstReview").task().hasCandidateGroup("reviewer:420100");
        // filed Monday 2026-03-02: ten working days to the end of Monday 2026-03-16, Asia/Shanghai
        assertThat(task(change).getDueDate().toInstant()).isEqualTo(WorkingCalendar.endOfDay(LocalDate.of(2026, 3, 16)));
        assertThat(inbox.page(Actors.wuhanReviewer(), 0, 20).items()).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(TaskType.CHANGE_FIRST_REVIEW);
            assertThat(t.appId()).isEqualTo(app.id());
            assertThat(t.appName()).isEqualTo("武汉城管通");
        });

        decide(Actors.wuhanReviewer(), change, Decision.APPROVE, "初审通过", List.of());
        assertThat(pi).isWaitingAt("Task_ChangeProvincialReview").task().hasCandidateGroup("reviewer:420000");
        assertThat(inbox.ofApp(app.id())).extracting(TaskView::type).containsExactly(TaskType.CHANGE_PROVINCIAL_REVIEW);

        decide(Actors.provinceReviewer(), change, Decision.APPROVE, "同意变更", List.of());
        assertThat(pi).hasPassedInOrder("ServiceTask_ChangePreCheck", "Task_ChangeFirstReview",
                "Task_ChangeProvincialReview", "ServiceTask_ApplyChange", "EndEvent_ChangeApproved").isEnded();
        assertThat(fx.reload(change).state()).isEqualTo(ChangeState.APPROVED);
        App changed = fx.reload(app);
        assertThat(changed.status()).isEqualTo(AppStatus.FILED);
        assertThat(changed.filingNumber()).isEqualTo(app.filingNumber());
        assertThat(changed.form().name()).isEqualTo("武汉城管通 2.0");
    }

    @Test
    void aProvincialUnitsChangeGoesStraightToTheProvincialReview() {
        App app = fx.filed(Hubei.PROVINCE_UNIT, "湖北政务通", "社保查询");
        ChangeFiling change = file(app, Forms.withName(app.form(), "鄂政通"));
        ProcessInstance pi = instanceOf(change);
        assertThat(pi).isWaitingAt("Task_ChangeProvincialReview");
        decide(Actors.provinceReviewer(), change, Decision.APPROVE, null, List.of());
        assertThat(pi).hasNotPassed("Task_ChangeFirstReview").hasPassed("EndEvent_ChangeApproved").isEnded();
        assertThat(fx.reload(app).form().name()).isEqualTo("鄂政通");
    }

    @Test
    void aReturnedChangeIsRevisedAndReviewedAgainFromThePreCheck() {
        App app = fx.filed(Hubei.WUHAN_UNIT, "武汉城管通", "在线办事");
        ChangeFiling change = file(app, Forms.withName(app.form(), "武汉城管通 2.0"));
        ProcessInstance pi = instanceOf(change);
        decide(Actors.wuhanReviewer(), change, Decision.APPROVE, null, List.of());
        List<Gap> gaps = List.of(new Gap(FormSection.IDENTITY, "新名称须附更名批复文件"));
        decide(Actors.provinceReviewer(), change, Decision.RETURN, "请补正", gaps);

        assertThat(pi).isWaitingAt("Task_ChangeRevise").task().hasCandidateGroup("applicant:420100-007");
        assertThat(task(change).getDueDate().toInstant()).isEqualTo(calendar.dueAfterWorkingDays(
                fx.filing.clock.instant(), 15));
        ChangeFiling returned = fx.reload(change);
        assertThat(returned.state()).isEqualTo(ChangeState.RETURNED);
        assertThat(returned.gaps()).containsExactlyElementsOf(gaps);
        // the revise step is the change's own, never a review
        assertThatThrownBy(() -> workflow.decide(Actors.wuhanReviewer(), task(change).getId(), Decision.APPROVE,
                null, List.of())).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("PUT /api/changes/" + change.id());

        workflow.revise(owner, change.id(), new ChangeService.Proposal(Forms.withName(app.form(), "武汉城管通二代"),
                LocalDate.of(2026, 4, 20), "已附更名批复"));
        assertThat(pi).isWaitingAt("Task_ChangeFirstReview");
        assertThat(fx.reload(change).gaps()).isEmpty();
        decide(Actors.wuhanReviewer(), change, Decision.APPROVE, null, List.of());
        decide(Actors.provinceReviewer(), change, Decision.APPROVE, null, List.of());
        assertThat(pi).hasPassed("ServiceTask_ChangeApplyReturn", "Task_ChangeRevise", "EndEvent_ChangeApproved")
                .isEnded();
        assertThat(fx.reload(app).form().name()).isEqualTo("武汉城管通二代");
    }

    @Test
    void aBannedFeatureInTheChangedFormReturnsItAtOnce() {
        App app = fx.filed(Hubei.WUHAN_UNIT, "武汉城管通", "在线办事");
        FilingForm withRanking = Forms.withFunctions(app.form(), Forms.service("在线办事"),
                Forms.function("积分排行榜", FunctionCategory.RANKING));
        ChangeFiling change = file(app, withRanking);
        assertThat(change.state()).isEqualTo(ChangeState.RETURNED);
        ProcessInstance pi = instanceOf(change);
        assertThat(pi).hasPassed("ServiceTask_ChangePreCheck").isWaitingAt("Task_ChangeRevise");
        assertThat(fx.reload(change).gaps()).singleElement()
                .satisfies(g -> assertThat(g.section()).isEqualTo(FormSection.FUNCTIONS));
    }

    @Test
    void aRejectedChangeEndsAndLeavesTheFilingAsItWas() {
        App app = fx.filed(Hubei.WUHAN_UNIT, "武汉城管通", "在线办事");
        ChangeFiling change = file(app, Forms.withName(app.form(), "武汉城管通 2.0"));
        ProcessInstance pi = instanceOf(change);
        decide(Actors.wuhanReviewer(), change, Decision.REJECT, "更名理由不充分", List.of());
        assertThat(pi).hasPassed("ServiceTask_ChangeApplyReject", "EndEvent_ChangeRejected").isEnded();
        assertThat(fx.reload(change).state()).isEqualTo(ChangeState.REJECTED);
        App after = fx.reload(app);
        assertThat(after.status()).isEqualTo(AppStatus.FILED);
        assertThat(after.form()).isEqualTo(app.form());
    }

    @Test
    void aReturnedChangeNotRevisedInTimeIsAbandonedWhenTheTimerFires() {
        App app = fx.filed(Hubei.WUHAN_UNIT, "武汉城管通", "在线办事");
        ChangeFiling change = file(app, Forms.withName(app.form(), "武汉城管通 2.0"));
        ProcessInstance pi = instanceOf(change);
        decide(Actors.wuhanReviewer(), change, Decision.RETURN, null,
                List.of(new Gap(FormSection.IDENTITY, "新名称须附更名批复文件")));
        Job timer = ProcessTimers.single(engine, pi.getId());
        // returned on Monday 2026-03-02: the 15th working day after it is Monday 2026-03-23
        assertThat(timer.getDuedate().toInstant()).isEqualTo(WorkingCalendar.endOfDay(LocalDate.of(2026, 3, 23)));

        engine.getManagementService().executeJob(timer.getId());
        assertThat(pi).hasPassed("BoundaryEvent_ChangeReviseDeadline", "ServiceTask_ChangeAbandon",
                "EndEvent_ChangeAbandoned").isEnded();
        assertThat(fx.reload(change).state()).isEqualTo(ChangeState.ABANDONED);
        assertThat(fx.reload(app).status()).isEqualTo(AppStatus.FILED);
        assertThat(fx.reload(app).form().name()).isEqualTo("武汉城管通");
    }

    @Test
    void aWithdrawnChangeEndsItsProcessWithoutATask() {
        App app = fx.filed(Hubei.WUHAN_UNIT, "武汉城管通", "在线办事");
        ChangeFiling change = file(app, Forms.withName(app.form(), "武汉城管通 2.0"));
        ProcessInstance pi = instanceOf(change);
        workflow.withdraw(owner, change.id(), "计划取消");
        assertThat(pi).hasPassed("EndEvent_ChangeEnded").isEnded();
        assertThat(inbox.ofApp(app.id())).isEmpty();
        assertThat(fx.reload(app).status()).isEqualTo(AppStatus.FILED);
    }

    @Test
    void revokingTheFilingEndsTheOpenChangeAndItsProcess() {
        App app = fx.filed(Hubei.WUHAN_UNIT, "武汉城管通", "在线办事");
        ChangeFiling change = file(app, Forms.withName(app.form(), "武汉城管通 2.0"));
        ProcessInstance pi = instanceOf(change);
        decide(Actors.wuhanReviewer(), change, Decision.RETURN, null,
                List.of(new Gap(FormSection.IDENTITY, "新名称须附更名批复文件")));

        revocations.revoke(Actors.supervisor("supervisor.wuhan", Hubei.WUHAN), app.id(), "强制下载安装");
        assertThat(pi).hasPassed("EndEvent_ChangeEnded").isEnded();
        assertThat(fx.reload(change).state()).isEqualTo(ChangeState.ENDED);
        assertThat(fx.reload(app).status()).isEqualTo(AppStatus.REVOKED);
        assertThat(inbox.ofApp(app.id())).isEmpty();
    }

    @Test
    void aChangeReviewTaskIsClaimedAndDecidedOnlyByItsOffice() {
        App app = fx.filed(Hubei.WUHAN_UNIT, "武汉城管通", "在线办事");
        ChangeFiling change = file(app, Forms.withName(app.form(), "武汉城管通 2.0"));
        String taskId = task(change).getId();
        TaskActions actions = tracking.actions(fx.filing.service, workflow);
        assertThatThrownBy(() -> actions.claim(Actors.provinceReviewer(), taskId))
                .isInstanceOf(org.fingertip.registry.shared.ForbiddenException.class);
        actions.claim(Actors.wuhanReviewer(), taskId);
        Actor colleague = Actors.reviewer("colleague.wuhan", Hubei.WUHAN);
        assertThatThrownBy(() -> workflow.decide(colleague, taskId, Decision.APPROVE, null, List.of()))
                .isInstanceOf(StateConflictException.class);
        actions.unclaim(Actors.wuhanReviewer(), taskId);
        workflow.decide(colleague, taskId, Decision.APPROVE, null, List.of());
        assertThat(instanceOf(change)).isWaitingAt("Task_ChangeProvincialReview");
    }

    @Test
    void theCaseDiagramShowsTheChangesFirstReviewAsCurrent() {
        App app = fx.filed(Hubei.WUHAN_UNIT, "武汉流程图变更通", "在线办事");
        ChangeFiling change = file(app, Forms.withName(app.form(), "武汉流程图变更通 2.0"));
        DiagramClasses diagram = DiagramClasses.ofInstance(engine, instanceOf(change).getId());
        assertThat(diagram.withClass("element current")).containsExactly("Task_ChangeFirstReview");
        assertThat(diagram.withClass("element passed")).containsExactlyInAnyOrder("StartEvent_ChangeFiled",
                "ServiceTask_ChangePreCheck", "Gateway_ChangePreCheckPassed", "Gateway_ChangeNeedsFirstReview");
        assertThat(diagram.isUntouched("Task_ChangeProvincialReview")).isTrue();
        assertThat(diagram.classOf("Flow_ChangeNeedsFirstReview")).isEqualTo("flow passed");
        assertThat(diagram.classOf("Flow_ChangeProvincialOnly")).isEqualTo("flow");
    }

    private ChangeFiling file(App app, FilingForm proposed) {
        return workflow.file(Actors.applicant(app.owner()), app.id(), fx.proposal(proposed));
    }

    private void decide(Actor reviewer, ChangeFiling change, Decision decision, String comment, List<Gap> gaps) {
        workflow.decide(reviewer, task(change).getId(), decision, comment, gaps);
    }

    private Task task(ChangeFiling change) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instanceOf(change).getId()).singleResult();
    }

    private ProcessInstance instanceOf(ChangeFiling change) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(change.appId()))
                .variableValueEquals(ChangeProcessVariables.CHANGE_ID, change.id()).singleResult();
    }
}
