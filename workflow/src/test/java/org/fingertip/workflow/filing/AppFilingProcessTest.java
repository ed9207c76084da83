package org.fingertip.workflow.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
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
import org.fingertip.registry.app.StatusChange;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.filing.Decision;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.form.FormSection;
import org.fingertip.registry.form.FunctionCategory;
import org.fingertip.registry.precheck.FindingCode;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.Calendars;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.Forms;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.workflow.task.Inbox;
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
 * Every path of AppFilingProcess on a real engine (in-memory H2), with the real delegates over the real core on
 * in-memory ports. Each test starts where an applicant would: a draft.
 */
@Deployment(resources = "bpmn/AppFilingProcess.bpmn")
class AppFilingProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(engine()).build();

    /** Injected by the extension. */
    ProcessEngine engine;

    private FilingFixture fx;
    private FilingWorkflow workflow;
    private Inbox inbox;
    private WorkTracking tracking;
    private final WorkingCalendar calendar = Calendars.china2026Calendar();

    private static ProcessEngine engine() {
        return Engines.inMemory("app-filing-process");
    }

    @BeforeEach
    void wire() {
        BpmnAwareTests.init(engine);
        fx = new FilingFixture();
        Mocks.register("preCheckDelegate", new PreCheckDelegate(fx.service));
        Mocks.register("applyReturnDelegate", new ApplyReturnDelegate(fx.service));
        Mocks.register("applyRejectDelegate", new ApplyRejectDelegate(fx.service));
        Mocks.register("fileAppDelegate", new FileAppDelegate(fx.service));
        Mocks.register("abandonDelegate", new AbandonDelegate(fx.service));
        tracking = new WorkTracking(engine, fx.apps, fx.departments, fx.clock);
        workflow = new FilingWorkflow(fx.service, engine.getRuntimeService(), engine.getTaskService(),
                tracking.completion);
        inbox = tracking.inbox;
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void cityUnitPassesFirstReviewThenProvincialReviewAndIsFiled() {
        App app = submittedDraft(Hubei.WUHAN_UNIT, "武汉城管通");
        ProcessInstance pi = instanceOf(app);
        assertThat(pi).isWaitingAt("Task_FirstReview").task().hasCandidateGroup("reviewer:420100");

        decide(Actors.wuhanReviewer(), app, Decision.APPROVE);
        assertThat(pi).isWaitingAt("Task_ProvincialReview").task().hasCandidateGroup("reviewer:420000");

        decide(Actors.provinceReviewer(), app, Decision.APPROVE);
        assertThat(pi).hasPassedInOrder("ServiceTask_PreCheck", "Task_FirstReview", "Task_ProvincialReview",
                "ServiceTask_FileApp", "EndEvent_Filed").isEnded();
        App filed = fx.reload(app);
        assertThat(filed.status()).isEqualTo(AppStatus.FILED);
        assertThat(filed.filingNumber()).isEqualTo("鄂政应备2026000001号");
        assertThat(fx.apps.history(app.id())).extracting(StatusChange::to)
                .containsExactly(AppStatus.DRAFT, AppStatus.UNDER_REVIEW, AppStatus.FILED);
    }

    @Test
    void provincialUnitGoesStraightToTheProvincialReview() {
        App app = submittedDraft(Hubei.PROVINCE_UNIT, "湖北政务通");
        ProcessInstance pi = instanceOf(app);
        assertThat(pi).isWaitingAt("Task_ProvincialReview");
        decide(Actors.provinceReviewer(), app, Decision.APPROVE);
        assertThat(pi).hasNotPassed("Task_FirstReview").hasPassed("EndEvent_Filed").isEnded();
        assertThat(fx.reload(app).status()).isEqualTo(AppStatus.FILED);
    }

    @Test
    void reviewTasksAreDueOnTheWorkingDayCalendar() {
        // Thursday 2026-02-12, 09:00 in Shanghai: ten working days across the Spring Festival and its 调休 Saturdays.
        fx.clock.set(Instant.parse("2026-02-12T01:00:00Z"));
        App app = submittedDraft(Hubei.WUHAN_UNIT, "武汉春节服务通");
        Task first = task(app);
        assertThat(first.getDueDate().toInstant()).isEqualTo(WorkingCalendar.endOfDay(LocalDate.of(2026, 3, 4)));
    }

    @Test
    void returnAtFirstReviewListsEveryGapAndTheResubmissionGoesOn() {
        App app = submittedDraft(Hubei.WUHAN_UNIT, "武汉退回再报通");
        ProcessInstance pi = instanceOf(app);
        List<Gap> gaps = List.of(new Gap(FormSection.HANDLER, "联系电话无法接通"),
                new Gap(FormSection.ACCEPTANCE, "缺少验收结论"));
        workflow.decide(Actors.wuhanReviewer(), task(app).getId(), Decision.RETURN, "请补正", gaps);

        assertThat(pi).isWaitingAt("Task_Revise").task().hasCandidateGroup("applicant:420100-007");
        App returned = fx.reload(app);
        assertThat(returned.status()).isEqualTo(AppStatus.RETURNED);
        assertThat(returned.gaps()).containsExactlyElementsOf(gaps);

        fx.service.replaceForm(Actors.applicant(Hubei.WUHAN_UNIT), app.id(), returned.form());
        workflow.submit(Actors.applicant(Hubei.WUHAN_UNIT), app.id());
        assertThat(pi).isWaitingAt("Task_FirstReview");
        assertThat(fx.reload(app).gaps()).isEmpty();

        decide(Actors.wuhanReviewer(), app, Decision.APPROVE);
        decide(Actors.provinceReviewer(), app, Decision.APPROVE);
        assertThat(pi).isEnded().hasPassed("EndEvent_Filed");
    }

    @Test
    void returnAtProvincialReviewCanBeRepeatedAndEachReturnListsEveryGap() {
        App app = submittedDraft(Hubei.WUHAN_UNIT, "武汉两次退回通");
        ProcessInstance pi = instanceOf(app);
        decide(Actors.wuhanReviewer(), app, Decision.APPROVE);
        List<Gap> firstGaps = List.of(new Gap(FormSection.OPERATIONS, "未附等保测评报告"),
                new Gap(FormSection.FUNCTIONS, "功能说明过简"));
        workflow.decide(Actors.provinceReviewer(), task(app).getId(), Decision.RETURN, "一次性告知", firstGaps);
        assertThat(fx.reload(app).gaps()).containsExactlyElementsOf(firstGaps);

        workflow.submit(Actors.applicant(Hubei.WUHAN_UNIT), app.id());
        // the resubmission starts the reviews again from the first review
        assertThat(pi).isWaitingAt("Task_FirstReview");
        decide(Actors.wuhanReviewer(), app, Decision.APPROVE);
        List<Gap> secondGaps = List.of(new Gap(FormSection.OPERATIONS, "测评报告已过期"),
                new Gap(FormSection.SIMILAR_APPS, "未列明同类应用"), new Gap(FormSection.HANDLER, "邮箱无效"));
        workflow.decide(Actors.provinceReviewer(), task(app).getId(), Decision.RETURN, "再次一次性告知", secondGaps);
        assertThat(fx.reload(app).gaps()).containsExactlyElementsOf(secondGaps);
        assertThat(pi).isWaitingAt("Task_Revise");

        workflow.submit(Actors.applicant(Hubei.WUHAN_UNIT), app.id());
        decide(Actors.wuhanReviewer(), app, Decision.APPROVE);
        decide(Actors.provinceReviewer(), app, Decision.APPROVE);
        assertThat(pi).isEnded();
        assertThat(fx.reload(app).status()).isEqualTo(AppStatus.FILED);
    }

    @Test
    void returnedApplicationWithNoAnswerIsAbandonedWhenTheCalendarDeadlinePasses() {
        App app = submittedDraft(Hubei.WUHAN_UNIT, "武汉无人补正通");
        ProcessInstance pi = instanceOf(app);
        workflow.decide(Actors.wuhanReviewer(), task(app).getId(), Decision.RETURN, "请补正",
                List.of(new Gap(FormSection.HANDLER, "联系电话无法接通")));

        Job timer = ProcessTimers.single(engine, pi.getId());
        // returned on Monday 2026-03-02: the 15th working day after it is Monday 2026-03-23, due at 23:59:59 in Shanghai
        assertThat(timer.getDuedate().toInstant())
                .isEqualTo(WorkingCalendar.endOfDay(LocalDate.of(2026, 3, 23)))
                .isEqualTo(calendar.dueAfterWorkingDays(fx.clock.instant(), 15));
        assertThat(task(app).getDueDate()).isEqualTo(timer.getDuedate());

        engine.getManagementService().executeJob(timer.getId());
        assertThat(pi).hasPassed("BoundaryEvent_ResubmitDeadline", "ServiceTask_Abandon", "EndEvent_Abandoned").isEnded();
        App abandoned = fx.reload(app);
        assertThat(abandoned.status()).isEqualTo(AppStatus.ABANDONED);
        assertThat(fx.apps.history(app.id())).last().extracting(StatusChange::actor).isEqualTo(Actor.SYSTEM_NAME);
    }

    @Test
    void rejectionAtTheFirstReviewEndsTheCase() {
        App app = submittedDraft(Hubei.WUHAN_UNIT, "武汉初审不予备案通");
        ProcessInstance pi = instanceOf(app);
        workflow.decide(Actors.wuhanReviewer(), task(app).getId(), Decision.REJECT, "与鄂汇办功能重复", List.of());
        assertThat(pi).hasPassed("ServiceTask_ApplyReject", "EndEvent_Rejected").isEnded();
        assertThat(fx.reload(app).status()).isEqualTo(AppStatus.REJECTED);
        assertThat(inbox.ofApp(app.id())).isEmpty();
    }

    @Test
    void rejectionAtTheProvincialReviewEndsTheCase() {
        App app = submittedDraft(Hubei.YICHANG_UNIT, "宜昌人社不予备案通");
        ProcessInstance pi = instanceOf(app);
        decide(Actors.yichangReviewer(), app, Decision.APPROVE);
        workflow.decide(Actors.provinceReviewer(), task(app).getId(), Decision.REJECT, "技术检测未通过", List.of());
        assertThat(pi).hasPassed("Task_ProvincialReview", "EndEvent_Rejected").isEnded();
        App rejected = fx.reload(app);
        assertThat(rejected.status()).isEqualTo(AppStatus.REJECTED);
        assertThat(rejected.filingNumber()).isNull();
    }

    @Test
    void withdrawalBeforeADecisionEndsTheCaseAndLeavesNoOpenTask() {
        App app = submittedDraft(Hubei.WUHAN_UNIT, "武汉撤回通");
        ProcessInstance pi = instanceOf(app);
        workflow.withdraw(Actors.applicant(Hubei.WUHAN_UNIT), app.id(), "并入统一平台");
        assertThat(pi).hasPassed("StartEvent_WithdrawRequested", "EndEvent_Withdrawn").isEnded();
        assertThat(fx.reload(app).status()).isEqualTo(AppStatus.WITHDRAWN);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key(app)).count()).isZero();
    }

    @Test
    void withdrawalWhileReturnedAlsoEndsTheTimer() {
        App app = submittedDraft(Hubei.WUHAN_UNIT, "武汉退回后撤回通");
        ProcessInstance pi = instanceOf(app);
        workflow.decide(Actors.wuhanReviewer(), task(app).getId(), Decision.RETURN, "请补正",
                List.of(new Gap(FormSection.HANDLER, "联系电话无法接通")));
        workflow.withdraw(Actors.applicant(Hubei.WUHAN_UNIT), app.id(), null);
        assertThat(pi).isEnded();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(fx.reload(app).status()).isEqualTo(AppStatus.WITHDRAWN);
    }

    @Test
    void bannedFeatureReturnsTheApplicationAtOnceWithTheFindings() {
        FilingForm form = Forms.withFunctions(Forms.complete(Hubei.WUHAN_UNIT.code(), "武汉打卡通"),
                Forms.service("在线办事"), Forms.function("每日打卡", FunctionCategory.OTHER));
        App app = fx.draft(Hubei.WUHAN_UNIT, form);
        App answered = workflow.submit(Actors.applicant(Hubei.WUHAN_UNIT), app.id());

        assertThat(answered.status()).isEqualTo(AppStatus.RETURNED);
        assertThat(answered.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.BANNED_FEATURE);
            assertThat(f.blocking()).isTrue();
            assertThat(f.field()).isEqualTo("functions[1].name");
        });
        assertThat(answered.gaps()).extracting(Gap::section).contains(FormSection.FUNCTIONS);
        assertThat(instanceOf(app)).hasNotPassed("Task_FirstReview").isWaitingAt("Task_Revise");
    }

    @Test
    void theReviseStepIsNotCompletedAsAReviewTask() {
        App app = submittedDraft(Hubei.WUHAN_UNIT, "武汉补正任务通");
        workflow.decide(Actors.wuhanReviewer(), task(app).getId(), Decision.RETURN, "请补正",
                List.of(new Gap(FormSection.HANDLER, "联系电话无法接通")));
        String reviseTask = task(app).getId();
        assertThatThrownBy(() -> workflow.decide(Actors.applicant(Hubei.WUHAN_UNIT), reviseTask, Decision.APPROVE, null,
                List.of())).isInstanceOf(StateConflictException.class).hasMessageContaining("/submit");
    }

    @Test
    void aTaskClaimedByOneReviewerCannotBeDecidedByAnother() {
        App app = submittedDraft(Hubei.WUHAN_UNIT, "武汉签收通");
        String taskId = task(app).getId();
        tracking.actions(fx.service, workflow).claim(Actors.reviewer("reviewer.one", Hubei.WUHAN), taskId);
        assertThat(inbox.page(Actors.reviewer("reviewer.one", Hubei.WUHAN), 0, 20).items())
                .extracting(TaskView::id).contains(taskId);
        assertThat(inbox.page(Actors.reviewer("reviewer.two", Hubei.WUHAN), 0, 20).items())
                .extracting(TaskView::id).doesNotContain(taskId);
        assertThatThrownBy(() -> workflow.decide(Actors.reviewer("reviewer.two", Hubei.WUHAN), taskId,
                Decision.APPROVE, null, List.of())).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("reviewer.one");
        tracking.actions(fx.service, workflow).unclaim(Actors.reviewer("reviewer.one", Hubei.WUHAN), taskId);
        workflow.decide(Actors.reviewer("reviewer.two", Hubei.WUHAN), taskId, Decision.APPROVE, null, List.of());
        assertThat(instanceOf(app)).isWaitingAt("Task_ProvincialReview");
    }

    @Test
    void theInboxListsAReviewersOpenTasksDueFirst() {
        App later = submittedDraft(Hubei.WUHAN_UNIT, "武汉后到期通");
        fx.clock.set(FilingFixture.DEFAULT_START.minusSeconds(7 * 24 * 3600));
        App earlier = submittedDraft(Hubei.WUHAN_UNIT, "武汉先到期通");
        List<TaskView> items = inbox.page(Actors.wuhanReviewer(), 0, 20).items();
        assertThat(items).extracting(TaskView::appId).containsSubsequence(earlier.id(), later.id());
        assertThat(items).allSatisfy(t -> assertThat(t.type()).isEqualTo(TaskType.FIRST_REVIEW));
        assertThat(inbox.page(Actors.yichangReviewer(), 0, 20).items()).extracting(TaskView::appId)
                .doesNotContain(earlier.id(), later.id());
    }

    @Test
    void theCaseDiagramShowsTheFirstReviewAsCurrentAndThePathToItAsPassed() {
        App app = submittedDraft(Hubei.WUHAN_UNIT, "武汉流程图通");
        DiagramClasses diagram = DiagramClasses.ofInstance(engine, instanceOf(app).getId());
        assertThat(diagram.withClass("element current")).containsExactly("Task_FirstReview");
        assertThat(diagram.withClass("element passed")).containsExactlyInAnyOrder("StartEvent_Submitted",
                "ServiceTask_PreCheck", "Gateway_PreCheckPassed", "Gateway_NeedsFirstReview");
        assertThat(diagram.isUntouched("Task_ProvincialReview")).isTrue();
        assertThat(diagram.withClass("flow passed")).containsExactlyInAnyOrder("Flow_ToPreCheck",
                "Flow_PreCheckToGateway", "Flow_PreCheckPassed", "Flow_NeedsFirstReview");

        workflow.decide(Actors.wuhanReviewer(), task(app).getId(), Decision.RETURN, "请补正",
                List.of(new Gap(FormSection.HANDLER, "联系电话无法接通")));
        DiagramClasses returned = DiagramClasses.ofInstance(engine, instanceOf(app).getId());
        assertThat(returned.withClass("element current")).containsExactly("Task_Revise");
        assertThat(returned.isPassed("Task_FirstReview")).isTrue();
        assertThat(returned.isPassed("ServiceTask_ApplyReturn")).isTrue();
        assertThat(returned.classOf("Flow_FirstReturned")).isEqualTo("flow passed");
        assertThat(returned.isUntouched("BoundaryEvent_ResubmitDeadline")).isTrue();

        workflow.withdraw(Actors.applicant(Hubei.WUHAN_UNIT), app.id(), null);
        String ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(key(app)).singleResult().getId();
        DiagramClasses withdrawn = DiagramClasses.ofInstance(engine, ended);
        assertThat(withdrawn.withClass("element current")).isEmpty();
        assertThat(withdrawn.isPassed("EndEvent_Withdrawn")).isTrue();
        assertThat(withdrawn.isPassed("Task_Revise")).as("reached, then interrupted").isTrue();
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private App submittedDraft(Unit owner, String name) {
        App draft = fx.draft(owner, Forms.complete(owner.code(), name + System.nanoTime() % 100000, "在线办事", "进度查询"));
        App answered = workflow.submit(Actors.applicant(owner), draft.id());
        assertThat(answered.status()).isEqualTo(AppStatus.UNDER_REVIEW);
        return answered;
    }

    private void decide(Actor reviewer, App app, Decision decision) {
        workflow.decide(reviewer, task(app).getId(), decision, decision == Decision.REJECT ? "不予备案" : "同意", List.of());
    }

    private Task task(App app) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key(app)).singleResult();
    }

    private ProcessInstance instanceOf(App app) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key(app)).singleResult();
    }

    private static String key(App app) {
        return String.valueOf(app.id());
    }
}
