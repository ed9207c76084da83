package org.fingertip.registry.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.Calendars;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.registry.testing.InMemoryDepartments;
import org.fingertip.registry.testing.InMemoryWork;
import org.fingertip.registry.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkServiceTest {
    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T01:00:00Z");

    private final MutableClock clock = new MutableClock(MONDAY_MORNING);
    private final InMemoryWork work = new InMemoryWork();
    private final RecordingAlerts alerts = new RecordingAlerts();
    private final TaskDeadlines deadlines = new TaskDeadlines(Calendars.china2026Calendar(), DeadlineSettings.defaults());
    private WorkService service;

    @BeforeEach
    void wire() {
        InMemoryDepartments departments = new InMemoryDepartments();
        Hubei.loadInto(departments);
        service = new WorkService(work, new ReminderService(work, clock), work, work, alerts, departments, clock);
    }

    private WorkItem review(String id, String assignee) {
        Instant due = deadlines.due(clock.instant(), 10);
        WorkItem item = WorkItem.opened(id, "pi-" + id, "AppFilingProcess", "Task_FirstReview", "市级初审", 7L, "武汉城管通",
                Hubei.WUHAN_UNIT.code(), Hubei.WUHAN.path(), "reviewer:420100", assignee, clock.instant(), due,
                deadlines.followUp(clock.instant(), due), 10);
        work.open(item);
        return item;
    }

    @Test
    void overdueWorkRemindsItsHolderAndIsCopiedToTheSupervisorsOfItsJurisdictionWhileStayingWithTheHolder() {
        review("t1", "reviewer-420100");
        clock.advance(Duration.ofDays(20));

        assertThat(service.overdue("t1")).hasValueSatisfying(copy -> {
            assertThat(copy.recipient()).isEqualTo("supervisor:420100");
            assertThat(copy.reason()).isEqualTo(CopyReason.ESCALATION);
            assertThat(copy.divisionPath()).isEqualTo(Hubei.WUHAN.path());
        });

        assertThat(work.byId("t1").orElseThrow().assignee()).isEqualTo("reviewer-420100");
        assertThat(work.remindersOf("t1")).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReminderKind.OVERDUE);
            assertThat(r.recipient()).isEqualTo("user:reviewer-420100");
        });
        assertThat(alerts.escalated).containsExactly("supervisor:420100");
        assertThat(work.eventsOf("t1")).extracting(TaskEvent::kind).containsExactly(TaskEventKind.ESCALATED);
    }

    @Test
    void anEscalationIsCopiedOnceAlthoughItsTimerRunsAgain() {
        review("t1", null);
        service.overdue("t1");
        clock.advance(Duration.ofDays(1));

        assertThat(service.overdue("t1")).isEmpty();
        assertThat(work.copies()).hasSize(1);
        assertThat(alerts.escalated).hasSize(1);
    }

    @Test
    void aSupervisorsOwnOverdueWorkGoesToTheSupervisorsAboveThem() {
        Instant due = deadlines.due(clock.instant(), 5);
        work.open(WorkItem.opened("s1", "pi", "LedgerItemProcess", "Task_DecideOverdue", "逾期处理", 7L, "x",
                Hubei.WUHAN_UNIT.code(), Hubei.WUHAN.path(), "supervisor:420100", null, clock.instant(), due,
                deadlines.followUp(clock.instant(), due), 5));

        assertThat(service.overdue("s1")).hasValueSatisfying(c -> assertThat(c.recipient())
                .isEqualTo("supervisor:420000"));
    }

    @Test
    void anApplicantsOverdueWorkGoesToTheSupervisorsOfItsUnitsDivision() {
        Instant due = deadlines.due(clock.instant(), 15);
        work.open(WorkItem.opened("a1", "pi", "AppFilingProcess", "Task_Revise", "补正", 7L, "x",
                Hubei.DISTRICT_UNIT.code(), Hubei.DISTRICT.path(), "applicant:" + Hubei.DISTRICT_UNIT.code(), null,
                clock.instant(), due, deadlines.followUp(clock.instant(), due), 15));

        assertThat(service.overdue("a1")).hasValueSatisfying(c -> {
            assertThat(c.recipient()).isEqualTo("supervisor:420102");
            assertThat(c.divisionPath()).isEqualTo(Hubei.DISTRICT.path());
        });
    }

    @Test
    void twoUrgesOnOneDaySendOneReminderAndTheNextDayAnotherGoesOut() {
        WorkItem item = review("t1", "reviewer-420100");
        Actor supervisor = Actors.supervisor("sup", Hubei.WUHAN);

        Reminder first = service.urge(supervisor, item, "请加快");
        assertThat(first.kind()).isEqualTo(ReminderKind.URGE);
        assertThatThrownBy(() -> service.urge(supervisor, item, "再催"))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("今天已催办");
        assertThat(alerts.reminded).hasSize(1);

        clock.advance(Duration.ofDays(1));
        service.urge(supervisor, item, null);
        assertThat(work.remindersOf("t1")).hasSize(2);
    }

    @Test
    void aManualUrgeCountsAgainstTheDailyCapOfTheAutomaticReminders() {
        WorkItem item = review("t1", "reviewer-420100");
        service.urge(Actors.supervisor("sup", Hubei.WUHAN), item, null);

        assertThat(service.dueSoon("t1")).isEmpty();
        assertThat(work.remindersOf("t1")).extracting(Reminder::kind).containsExactly(ReminderKind.URGE);
    }

    @Test
    void nobodyUrgesTheirOwnTask() {
        WorkItem item = review("t1", "reviewer-420100");
        assertThatThrownBy(() -> service.urge(Actors.reviewer("reviewer-420100", Hubei.WUHAN), item, null))
                .isInstanceOf(StateConflictException.class);
        WorkItem claimable = review("t2", null);
        assertThatThrownBy(() -> service.urge(Actors.wuhanReviewer(), claimable, null))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void remindersOfAnUnclaimedTaskGoToItsGroup() {
        review("t1", null);
        assertThat(service.dueSoon("t1")).hasValueSatisfying(r -> assertThat(r.recipient())
                .isEqualTo("reviewer:420100"));
    }

    @Test
    void finishedTasksAreNeitherRemindedNorEscalated() {
        review("t1", "r");
        work.end("t1", WorkState.DONE, clock.instant(), "r", "通过");
        assertThat(service.dueSoon("t1")).isEmpty();
        assertThat(service.overdue("t1")).isEmpty();
        assertThat(work.reminders()).isEmpty();
    }

    @Test
    void aReviewersDecisionIsRecordedAndCopiedToTheOwnerUnitButAnApplicantsOwnWorkIsNot() {
        review("t1", "reviewer-420100");
        service.completed("t1", Actors.wuhanReviewer(), "退回补正");

        assertThat(work.byId("t1").orElseThrow().outcome()).isEqualTo("退回补正");
        assertThat(work.copies()).singleElement().satisfies(c -> {
            assertThat(c.recipient()).isEqualTo("applicant:" + Hubei.WUHAN_UNIT.code());
            assertThat(c.reason()).isEqualTo(CopyReason.DECISION);
        });

        work.open(WorkItem.opened("a1", "pi", "AppFilingProcess", "Task_Revise", "补正", 7L, "x",
                Hubei.WUHAN_UNIT.code(), Hubei.WUHAN.path(), "applicant:" + Hubei.WUHAN_UNIT.code(), null,
                clock.instant(), null, null, null));
        service.completed("a1", Actors.applicant(Hubei.WUHAN_UNIT), "已重新提交");
        assertThat(work.copies()).hasSize(1);
    }

    /** Records what would be told to whom. */
    static final class RecordingAlerts implements WorkAlerts {
        final List<String> reminded = new ArrayList<>();
        final List<String> escalated = new ArrayList<>();
        final List<String> copied = new ArrayList<>();
        final List<String> handedOver = new ArrayList<>();

        @Override
        public void reminded(WorkItem item, Reminder reminder) {
            reminded.add(reminder.recipient());
        }

        @Override
        public void escalated(WorkItem item, TaskCopy copy) {
            escalated.add(copy.recipient());
        }

        @Override
        public void copied(WorkItem item, TaskCopy copy) {
            copied.add(copy.recipient());
        }

        @Override
        public void handedOver(WorkItem item, TaskEvent event) {
            handedOver.add(event.target());
        }
    }
}
