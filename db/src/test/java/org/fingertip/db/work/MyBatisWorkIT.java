package org.fingertip.db.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fingertip.db.TestApps.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fingertip.db.TestApps;
import org.fingertip.db.TestTree;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.task.CaseComment;
import org.fingertip.registry.task.CaseComments;
import org.fingertip.registry.task.CopyReason;
import org.fingertip.registry.task.DueState;
import org.fingertip.registry.task.Reminder;
import org.fingertip.registry.task.ReminderKind;
import org.fingertip.registry.task.Reminders;
import org.fingertip.registry.task.TaskCopies;
import org.fingertip.registry.task.TaskCopy;
import org.fingertip.registry.task.TaskEvent;
import org.fingertip.registry.task.TaskEventKind;
import org.fingertip.registry.task.TaskEvents;
import org.fingertip.registry.task.WorkItem;
import org.fingertip.registry.task.WorkItems;
import org.fingertip.registry.task.WorkPage;
import org.fingertip.registry.task.WorkQuery;
import org.fingertip.registry.task.WorkState;
import org.fingertip.registry.task.WorkView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MyBatisWorkIT {
    @Autowired
    WorkItems items;
    @Autowired
    Reminders reminders;
    @Autowired
    TaskEvents events;
    @Autowired
    TaskCopies copies;
    @Autowired
    CaseComments comments;
    @Autowired
    Apps apps;
    @Autowired
    Departments departments;

    TestTree tree;
    App app;
    /** A group and users of this test only: the database is shared by the suite. */
    String reviewers;
    String me;

    @BeforeEach
    void fresh() {
        tree = TestTree.saved(departments);
        app = apps.save(TestApps.draft(tree.cityUnit, "待办测试应用" + tree.suffix, at(0)));
        reviewers = "reviewer:" + tree.city.code();
        me = "reviewer." + tree.suffix;
    }

    private WorkItem open(String assignee, int dueMinute, int followUpMinute) {
        WorkItem item = WorkItem.opened(UUID.randomUUID().toString(), "pi", "AppFilingProcess", "Task_FirstReview",
                "市级初审", app.id(), app.displayName(), tree.cityUnit.code(), tree.city.path(), reviewers, assignee,
                at(0), at(dueMinute), at(followUpMinute), 10);
        items.open(item);
        return item;
    }

    private WorkQuery query(WorkView view, DueState due, Instant now) {
        return new WorkQuery(view, me, List.of("user:" + me, reviewers), null, null, null, null, null, null, due, now,
                0, 20);
    }

    @Test
    void givenAnOpenedTask_thenEveryFieldRoundTripsAndOpeningItAgainChangesNothing() {
        WorkItem item = open(null, 100, 50);
        items.open(item);

        WorkItem read = items.byId(item.taskId()).orElseThrow();
        assertThat(read).isEqualTo(item);
        assertThat(read.divisionCode()).isEqualTo(tree.city.code());
    }

    @Test
    void givenTasksOfTheGroupAndMine_thenTheTodoViewListsClaimableAndHeldWorkDueFirst() {
        WorkItem later = open(null, 300, 250);
        WorkItem sooner = open(me, 100, 50);
        open("someone.else." + tree.suffix, 50, 10);

        WorkPage page = items.page(query(WorkView.TODO, null, at(0)));
        assertThat(page.items()).extracting(WorkItem::taskId).containsExactly(sooner.taskId(), later.taskId());
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void givenDueStates_thenEachFilterMatchesTheCore() {
        WorkItem onTime = open(me, 300, 200);
        WorkItem dueSoon = open(me, 150, 90);
        WorkItem overdue = open(me, 99, 50);
        Instant now = at(100);

        for (DueState state : DueState.values()) {
            List<String> ids = items.page(query(WorkView.TODO, state, now)).items().stream().map(WorkItem::taskId)
                    .toList();
            assertThat(ids).as(state.name()).containsExactly(switch (state) {
                case ON_TIME -> onTime.taskId();
                case DUE_SOON -> dueSoon.taskId();
                case OVERDUE -> overdue.taskId();
            });
            assertThat(items.count(query(WorkView.TODO, state, now))).isEqualTo(1);
        }
        assertThat(List.of(onTime, dueSoon, overdue)).extracting(i -> i.dueState(now))
                .containsExactly(DueState.ON_TIME, DueState.DUE_SOON, DueState.OVERDUE);
    }

    @Test
    void givenAnEndedTask_thenItLeavesTheTodoViewAndTheDoneViewShowsItsOutcomeOnce() {
        WorkItem item = open(me, 100, 50);
        items.end(item.taskId(), WorkState.DONE, at(5), me, null);
        items.recordOutcome(item.taskId(), me, "通过");
        items.end(item.taskId(), WorkState.CANCELLED, at(6), null, null);

        assertThat(items.count(query(WorkView.TODO, null, at(0)))).isZero();
        WorkItem done = items.page(query(WorkView.DONE, null, at(0))).items().get(0);
        assertThat(done.state()).isEqualTo(WorkState.DONE);
        assertThat(done.outcome()).isEqualTo("通过");
        assertThat(done.endedAt()).isEqualTo(at(5));
    }

    @Test
    void givenADelegation_thenTheOwnerStillSeesTheTask() {
        WorkItem item = open(me, 100, 50);
        items.assign(item.taskId(), "delegate." + tree.suffix, me, true);

        WorkItem read = items.byId(item.taskId()).orElseThrow();
        assertThat(read.delegated()).isTrue();
        assertThat(read.owner()).isEqualTo(me);
        assertThat(items.count(query(WorkView.TODO, null, at(0)))).isEqualTo(1);
    }

    @Test
    void givenTwoRemindersOnOneDay_thenOnlyTheFirstIsLogged() {
        WorkItem item = open(me, 100, 50);
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertThat(reminders.logOnce(new Reminder(null, item.taskId(), app.id(), ReminderKind.URGE, day, "sup",
                "user:" + me, "请加快", at(1)))).isTrue();
        assertThat(reminders.logOnce(new Reminder(null, item.taskId(), app.id(), ReminderKind.DUE_SOON, day,
                "system", "user:" + me, null, at(2)))).isFalse();
        assertThat(reminders.logOnce(new Reminder(null, item.taskId(), app.id(), ReminderKind.OVERDUE,
                day.plusDays(1), "system", "user:" + me, null, at(3)))).isTrue();

        assertThat(reminders.remindersOf(item.taskId())).extracting(Reminder::kind)
                .containsExactly(ReminderKind.URGE, ReminderKind.OVERDUE);
        assertThat(reminders.remindersOfApp(app.id())).hasSize(2);
    }

    @Test
    void givenEscalationCopies_thenTheSupervisorsOfTheDivisionAndAboveReadThemOnceAndOthersDoNot() {
        WorkItem item = open(me, 100, 50);
        TaskCopy copy = new TaskCopy(null, item.taskId(), app.id(), "supervisor:" + tree.city.code(),
                tree.city.path(), CopyReason.ESCALATION, "已逾期", at(7));
        assertThat(copies.addOnce(copy)).isTrue();
        assertThat(copies.addOnce(copy)).isFalse();

        WorkQuery province = new WorkQuery(WorkView.CC, "sup.p." + tree.suffix, List.of("user:sup"), tree.province.path(),
                null, null, null, null, null, null, at(0), 0, 20);
        WorkQuery other = new WorkQuery(WorkView.CC, "sup.o." + tree.suffix, List.of("user:sup"),
                tree.otherCity.path(), null, null, null, null, null, null, at(0), 0, 20);
        assertThat(items.page(province).items()).extracting(WorkItem::taskId).containsExactly(item.taskId());
        assertThat(items.count(other)).isZero();
        assertThat(copies.copiesOf(item.taskId())).singleElement()
                .satisfies(c -> assertThat(c.divisionPath()).isEqualTo(tree.city.path()));
    }

    @Test
    void givenHistoryAndComments_thenTheyReadBackInOrder() {
        WorkItem item = open(me, 100, 50);
        events.add(new TaskEvent(null, item.taskId(), app.id(), "市级初审", TaskEventKind.CREATED, "system", reviewers,
                null, at(1)));
        events.add(new TaskEvent(null, item.taskId(), app.id(), "市级初审", TaskEventKind.TRANSFERRED, me, "other",
                null, at(2)));
        CaseComment c = comments.add(new CaseComment(null, app.id(), me, "请补充𠀀验收材料", at(3)));

        assertThat(events.eventsOf(item.taskId())).extracting(TaskEvent::kind)
                .containsExactly(TaskEventKind.CREATED, TaskEventKind.TRANSFERRED);
        assertThat(events.eventsOfApp(app.id())).hasSize(2);
        assertThat(c.id()).isNotNull();
        assertThat(comments.commentsOf(app.id())).containsExactly(c);
    }

    @Test
    void givenRescheduling_thenOnlyWorkingDayTasksDueInTheWindowAreFound() {
        WorkItem item = open(me, 100, 50);
        items.reschedule(item.taskId(), at(400), at(350));
        assertThat(items.openWorkingDayDueBetween(at(399), at(401))).extracting(WorkItem::taskId)
                .contains(item.taskId());
        assertThat(items.openWorkingDayDueBetween(at(100), at(101))).extracting(WorkItem::taskId)
                .doesNotContain(item.taskId());
        assertThat(items.itemsOfApp(app.id())).extracting(WorkItem::taskId).contains(item.taskId());
    }
}
