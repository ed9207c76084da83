package org.fingertip.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Gap;
import org.fingertip.registry.calendar.HolidayYear;
import org.fingertip.registry.calendar.HolidayYears;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.filing.Decision;
import org.fingertip.registry.form.FormSection;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.registry.task.CopyReason;
import org.fingertip.registry.task.Reminder;
import org.fingertip.registry.task.ReminderKind;
import org.fingertip.registry.task.TaskCopy;
import org.fingertip.registry.task.TaskEventKind;
import org.fingertip.registry.task.WorkItem;
import org.fingertip.registry.task.WorkState;
import org.fingertip.registry.task.WorkView;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.Forms;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.workflow.filing.AbandonDelegate;
import org.fingertip.workflow.filing.ApplyRejectDelegate;
import org.fingertip.workflow.filing.ApplyReturnDelegate;
import org.fingertip.workflow.filing.FileAppDelegate;
import org.fingertip.workflow.filing.FilingWorkflow;
import org.fingertip.workflow.filing.PreCheckDelegate;
import org.fingertip.workflow.testing.Engines;
import org.fingertip.workflow.testing.ProcessTimers;
import org.fingertip.workflow.testing.WorkTracking;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deadlines that bite, on the filing process and a real engine: each user task's due and reminder dates, its
 * reminder and overdue timers (timeout listeners, non-interrupting), escalation to the supervisors, the daily cap on
 * reminders, and hand-overs (transfer, delegate, resolve).
 */
@Deployment(resources = "bpmn/AppFilingProcess.bpmn")
class DeadlinesProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(Engines.inMemory("deadlines-process")).build();

    ProcessEngine engine;

    private FilingFixture fx;
    private FilingWorkflow workflow;
    private WorkTracking tracking;
    private TaskActions actions;
    private final Actor wuhanReviewer = Actors.wuhanReviewer();
    private final Actor colleague = Actors.reviewer("reviewer.wuhan.2", Hubei.WUHAN);
    private final Actor supervisor = Actors.supervisor("supervisor.wuhan", Hubei.WUHAN);

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
        tracking.user(wuhanReviewer).user(colleague).user(supervisor).user(Actors.yichangReviewer())
                .user(Actors.provinceReviewer());
        workflow = new FilingWorkflow(fx.service, engine.getRuntimeService(), engine.getTaskService(),
                tracking.completion);
        actions = tracking.actions(fx.service);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void aReviewTaskIsDueOnTheTenthWorkingDayWithItsReminderTwoWorkingDaysBeforeAndTimersForBoth() {
        // Thursday 2026-02-12, 09:00 in Shanghai: across the Spring Festival and its 调休 Saturdays
        fx.clock.set(Instant.parse("2026-02-12T01:00:00Z"));
        App app = submitted(Hubei.WUHAN_UNIT, "武汉春节服务通");
        Task task = task(app);

        Instant due = WorkingCalendar.endOfDay(LocalDate.of(2026, 3, 4));
        Instant followUp = opening(LocalDate.of(2026, 3, 2));
        assertThat(task.getDueDate().toInstant()).isEqualTo(due);
        assertThat(task.getFollowUpDate().toInstant()).isEqualTo(followUp);
        assertThat(reminderTimer(task).getDuedate().toInstant()).isEqualTo(followUp);
        assertThat(overdueTimer(task).getDuedate().toInstant()).isEqualTo(due);

        WorkItem item = tracking.work.byId(task.getId()).orElseThrow();
        assertThat(item.due()).isEqualTo(due);
        assertThat(item.followUp()).isEqualTo(followUp);
        assertThat(item.dueWorkingDays()).isEqualTo(10);
        assertThat(item.candidateGroup()).isEqualTo("reviewer:420100");
        assertThat(item.divisionPath()).isEqualTo(Hubei.WUHAN.path());
    }

    @Test
    void aReturnedTaskCreatedAnewGetsNewTimersAndItsReminderAndEscalationStillFire() {
        App app = submitted(Hubei.WUHAN_UNIT, "武汉退回催办通");
        Task first = task(app);
        fireReminder(first);
        assertThat(tracking.work.remindersOf(first.getId())).extracting(Reminder::kind)
                .containsExactly(ReminderKind.DUE_SOON);

        workflow.decide(wuhanReviewer, first.getId(), Decision.RETURN, "请补正",
                List.of(new Gap(FormSection.HANDLER, "联系电话无法接通")));
        assertThat(tracking.work.byId(first.getId()).orElseThrow().state()).isEqualTo(WorkState.DONE);
        assertThat(ProcessTimers.taskTimers(engine, first.getProcessInstanceId()))
                .as("the returned task's timers went with it; the revision has its own")
                .noneMatch(j -> config(j).startsWith("Task_FirstReview"));

        fx.clock.advance(Duration.ofDays(1));
        workflow.submit(Actors.applicant(Hubei.WUHAN_UNIT), app.id());
        Task again = task(app);
        assertThat(again.getId()).isNotEqualTo(first.getId());
        assertThat(again.getTaskDefinitionKey()).isEqualTo("Task_FirstReview");
        assertThat(reminderTimer(again).getDuedate()).isEqualTo(again.getFollowUpDate());
        assertThat(overdueTimer(again).getDuedate()).isEqualTo(again.getDueDate());

        fireReminder(again);
        fx.clock.advance(Duration.ofDays(20));
        fireOverdue(again);

        assertThat(tracking.work.remindersOf(again.getId())).extracting(Reminder::kind)
                .containsExactly(ReminderKind.DUE_SOON, ReminderKind.OVERDUE);
        assertThat(tracking.work.copiesOf(again.getId())).singleElement()
                .satisfies(c -> assertThat(c.recipient()).isEqualTo("supervisor:420100"));
        assertThat(tracking.alerts.escalated).extracting(TaskCopy::taskId).containsExactly(again.getId());
    }

    @Test
    void escalationLeavesTheTaskWithItsAssigneeAndCopiesTheSupervisorsOfTheJurisdiction() {
        App app = submitted(Hubei.WUHAN_UNIT, "武汉逾期督办通");
        Task task = task(app);
        actions.claim(wuhanReviewer, task.getId());
        fx.clock.advance(Duration.ofDays(30));

        fireOverdue(task);

        Task after = task(app);
        assertThat(after.getId()).isEqualTo(task.getId());
        assertThat(after.getAssignee()).isEqualTo(wuhanReviewer.username());
        assertThat(tracking.work.byId(task.getId()).orElseThrow().isOpen()).isTrue();
        assertThat(tracking.work.remindersOf(task.getId())).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReminderKind.OVERDUE);
            assertThat(r.recipient()).isEqualTo("user:" + wuhanReviewer.username());
        });
        TaskCopy copy = tracking.work.copiesOf(task.getId()).get(0);
        assertThat(copy.reason()).isEqualTo(CopyReason.ESCALATION);
        assertThat(copy.recipient()).isEqualTo("supervisor:420100");
        assertThat(tracking.inbox.page(supervisor, WorkView.CC, InboxFilter.none(), 0, 20)
                .items()).extracting(TaskView::id).containsExactly(task.getId());
        assertThat(tracking.work.eventsOf(task.getId())).extracting(e -> e.kind())
                .contains(TaskEventKind.ESCALATED);
    }

    @Test
    void twoUrgesOnOneDaySendOneReminder() {
        App app = submitted(Hubei.WUHAN_UNIT, "武汉催办通");
        Task task = task(app);
        actions.claim(wuhanReviewer, task.getId());

        actions.urge(supervisor, task.getId(), "请本周内办结");
        assertThatThrownBy(() -> actions.urge(supervisor, task.getId(), "再次催办"))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("今天已催办");
        fireReminder(task);

        assertThat(tracking.work.remindersOf(task.getId())).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReminderKind.URGE);
            assertThat(r.by()).isEqualTo(supervisor.username());
        });
        assertThat(tracking.alerts.reminded).hasSize(1);
    }

    @Test
    void aTransferGoesOnlyToAReviewerOfTheSameOffice() {
        App app = submitted(Hubei.WUHAN_UNIT, "武汉转办通");
        Task task = task(app);
        actions.claim(wuhanReviewer, task.getId());

        assertThatThrownBy(() -> actions.transfer(wuhanReviewer, task.getId(), Actors.yichangReviewer().username()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("管辖范围");
        assertThatThrownBy(() -> actions.transfer(wuhanReviewer, task.getId(), supervisor.username()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("审核员");
        assertThatThrownBy(() -> actions.transfer(wuhanReviewer, task.getId(), "nobody"))
                .isInstanceOf(RuleViolationException.class);

        actions.transfer(wuhanReviewer, task.getId(), colleague.username());
        assertThat(task(app).getAssignee()).isEqualTo(colleague.username());
        assertThat(tracking.work.byId(task.getId()).orElseThrow().assignee()).isEqualTo(colleague.username());
        assertThat(tracking.alerts.handedOver).extracting(e -> e.target()).containsExactly(colleague.username());

        workflow.decide(colleague, task.getId(), Decision.APPROVE, null, List.of());
        WorkItem done = tracking.work.byId(task.getId()).orElseThrow();
        assertThat(done.endedBy()).isEqualTo(colleague.username());
        assertThat(done.outcome()).isEqualTo("通过");
    }

    @Test
    void aDelegatedTaskIsResolvedByTheDelegateAndComesBackToItsOwnerWhoDecides() {
        App app = submitted(Hubei.WUHAN_UNIT, "武汉委派通");
        Task task = task(app);
        actions.claim(wuhanReviewer, task.getId());

        actions.delegate(wuhanReviewer, task.getId(), colleague.username());
        WorkItem lent = tracking.work.byId(task.getId()).orElseThrow();
        assertThat(lent.assignee()).isEqualTo(colleague.username());
        assertThat(lent.owner()).isEqualTo(wuhanReviewer.username());
        assertThat(lent.delegated()).isTrue();
        assertThatThrownBy(() -> workflow.decide(colleague, task.getId(), Decision.APPROVE, null, List.of()))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("交回");

        actions.resolve(colleague, task.getId());

        Task back = task(app);
        assertThat(back.getAssignee()).isEqualTo(wuhanReviewer.username());
        WorkItem returned = tracking.work.byId(task.getId()).orElseThrow();
        assertThat(returned.assignee()).isEqualTo(wuhanReviewer.username());
        assertThat(returned.delegated()).isFalse();
        workflow.decide(wuhanReviewer, task.getId(), Decision.APPROVE, null, List.of());
        assertThat(tracking.work.eventsOf(task.getId())).extracting(e -> e.kind()).containsSubsequence(
                TaskEventKind.CREATED, TaskEventKind.CLAIMED, TaskEventKind.DELEGATED, TaskEventKind.RESOLVED,
                TaskEventKind.COMPLETED);
    }

    @Test
    void aDecisionIsCopiedToTheOwnerUnit() {
        App app = submitted(Hubei.WUHAN_UNIT, "武汉抄送通");
        Task task = task(app);
        workflow.decide(wuhanReviewer, task.getId(), Decision.APPROVE, null, List.of());

        assertThat(tracking.inbox.page(Actors.applicant(Hubei.WUHAN_UNIT), WorkView.CC,
                InboxFilter.none(), 0, 20).items()).singleElement().satisfies(v -> {
                    assertThat(v.id()).isEqualTo(task.getId());
                    assertThat(v.outcome()).isEqualTo("通过");
                });
        assertThat(tracking.inbox.page(wuhanReviewer, WorkView.DONE, InboxFilter.none(),
                0, 20).items()).extracting(TaskView::id).containsExactly(task.getId());
    }

    @Test
    void aWithdrawnCaseEndsItsOpenTaskWithoutADecision() {
        App app = submitted(Hubei.WUHAN_UNIT, "武汉撤回通");
        Task task = task(app);
        workflow.withdraw(Actors.applicant(Hubei.WUHAN_UNIT), app.id(), "不再建设");

        assertThat(tracking.work.byId(task.getId()).orElseThrow().state()).isEqualTo(WorkState.CANCELLED);
        assertThat(ProcessTimers.taskTimers(engine, task.getProcessInstanceId())).isEmpty();
    }

    @Test
    void aNewYearsHolidaysMoveTheOpenDueDatesThatFallInThatYearWithTheirTimers() {
        // Monday 2026-12-28: ten working days end in 2027, counted on weekends only while 2027 is unknown
        fx.clock.set(Instant.parse("2026-12-28T02:00:00Z"));
        App app = submitted(Hubei.WUHAN_UNIT, "武汉跨年通");
        Task task = task(app);
        assertThat(task.getDueDate().toInstant()).isEqualTo(WorkingCalendar.endOfDay(LocalDate.of(2027, 1, 11)));

        List<HolidayYear> stored = new ArrayList<>();
        HolidayYears years = new HolidayYears() {
            @Override
            public List<HolidayYear> all() {
                return List.copyOf(stored);
            }

            @Override
            public void save(HolidayYear year, String by, Instant at) {
                stored.removeIf(y -> y.year() == year.year());
                stored.add(year);
            }
        };
        CalendarChanges changes = new CalendarChanges(years, tracking.deadlines.calendar(), tracking.work,
                tracking.dueDates, tracking.deadlines, fx.clock);
        Actor admin = Actors.admin("admin", Hubei.PROVINCE);
        CalendarChanges.Outcome outcome = changes.put(admin,
                new HolidayYear(2027, Set.of(LocalDate.of(2027, 1, 1)), Set.of()));

        assertThat(outcome.recomputed()).isEqualTo(1);
        Instant due = WorkingCalendar.endOfDay(LocalDate.of(2027, 1, 12));
        Instant followUp = opening(LocalDate.of(2027, 1, 8));
        Task moved = task(app);
        assertThat(moved.getDueDate().toInstant()).isEqualTo(due);
        assertThat(moved.getFollowUpDate().toInstant()).isEqualTo(followUp);
        assertThat(overdueTimer(moved).getDuedate().toInstant()).isEqualTo(due);
        assertThat(reminderTimer(moved).getDuedate().toInstant()).isEqualTo(followUp);
        assertThat(tracking.work.byId(task.getId()).orElseThrow().due()).isEqualTo(due);
        assertThat(tracking.work.eventsOf(task.getId())).extracting(e -> e.kind()).contains(TaskEventKind.RESCHEDULED);
        assertThat(stored).extracting(HolidayYear::year).containsExactly(2027);

        assertThat(changes.put(admin, new HolidayYear(2027, Set.of(LocalDate.of(2027, 1, 1)), Set.of())).recomputed())
                .as("the same arrangement again moves nothing").isZero();
        assertThatThrownBy(() -> changes.put(wuhanReviewer, new HolidayYear(2027, Set.of(), Set.of())))
                .isInstanceOf(org.fingertip.registry.shared.ForbiddenException.class);
    }

    private App submitted(Unit owner, String name) {
        App draft = fx.draft(owner, Forms.complete(owner.code(), name, "在线办事", "进度查询"));
        workflow.submit(Actors.applicant(owner), draft.id());
        return draft;
    }

    private Task task(App app) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(String.valueOf(app.id()))
                .singleResult();
    }

    private Job reminderTimer(Task task) {
        return taskTimer(task, "Reminder");
    }

    private Job overdueTimer(Task task) {
        return taskTimer(task, "Overdue");
    }

    private Job taskTimer(Task task, String listener) {
        return ProcessTimers.taskTimers(engine, task.getProcessInstanceId()).stream()
                .filter(j -> config(j).equals(task.getTaskDefinitionKey() + "$taskListener~" + listener))
                .findFirst().orElseThrow();
    }

    private void fireReminder(Task task) {
        engine.getManagementService().executeJob(reminderTimer(task).getId());
    }

    private void fireOverdue(Task task) {
        engine.getManagementService().executeJob(overdueTimer(task).getId());
    }

    private static String config(Job job) {
        return ((JobEntity) job).getJobHandlerConfigurationRaw();
    }

    private static Instant opening(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.of(9, 0), WorkingCalendar.ZONE).toInstant();
    }
}
