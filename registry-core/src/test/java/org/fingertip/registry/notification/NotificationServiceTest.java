package org.fingertip.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.registry.testing.InMemoryMembers;
import org.fingertip.registry.testing.InMemoryNotifications;
import org.fingertip.registry.testing.InMemoryOutbox;
import org.fingertip.registry.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** Notifying the members of a recipient once per event, queueing their emails, and reading one's own. */
class NotificationServiceTest {
    private final MutableClock clock = new MutableClock(FilingFixture.DEFAULT_START);
    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryMembers members = new InMemoryMembers()
            .add("supervisor:420100", new Member("supervisor.wuhan", "supervisor.wuhan@example.gov.cn"),
                    new Member("supervisor.wuhan.2", null))
            .add("user:applicant.wuhan", new Member("applicant.wuhan", "applicant.wuhan@example.gov.cn"));
    private final Actor wuhanSupervisor = Actors.supervisor("supervisor.wuhan", Hubei.WUHAN);
    private final Actor secondSupervisor = Actors.supervisor("supervisor.wuhan.2", Hubei.WUHAN);

    private NotificationService service(boolean email) {
        return new NotificationService(notifications, members, outbox, DeliverySettings.defaults().withEmail(email),
                clock);
    }

    private int escalate(NotificationService service, String eventKey) {
        return service.notify("supervisor:420100", NotificationKind.ESCALATION, eventKey, "复核自查逾期",
                "应用“江城办”未在 10 个工作日内提交自查自评", 7L, "/apps/7/recheck");
    }

    @Test
    void givenAGroup_thenEachMemberGetsOneNotificationAndThoseWithAnAddressAnEmail() {
        int written = escalate(service(true), "recheck:12:missed");

        assertThat(written).isEqualTo(2);
        assertThat(notifications.all()).extracting(Notification::recipient)
                .containsExactly("supervisor.wuhan", "supervisor.wuhan.2");
        assertThat(notifications.all()).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ESCALATION);
            assertThat(n.eventKey()).isEqualTo("recheck:12:missed");
            assertThat(n.appId()).isEqualTo(7L);
            assertThat(n.link()).isEqualTo("/apps/7/recheck");
            assertThat(n.createdAt()).isEqualTo(clock.instant());
            assertThat(n.isRead()).isFalse();
        });
        assertThat(outbox.all()).singleElement().satisfies(d -> {
            assertThat(d.address()).isEqualTo("supervisor.wuhan@example.gov.cn");
            assertThat(d.notificationId()).isEqualTo(notifications.all().get(0).id());
            assertThat(d.channel()).isEqualTo(Channel.EMAIL);
            assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(d.attempts()).isZero();
            assertThat(d.nextAttemptAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void givenTheSameEventKeyAgain_thenNothingIsWrittenOrQueued() {
        NotificationService service = service(true);
        escalate(service, "recheck:12:missed");
        clock.advance(Duration.ofMinutes(5));

        assertThat(escalate(service, "recheck:12:missed")).isZero();
        assertThat(notifications.all()).hasSize(2);
        assertThat(outbox.all()).hasSize(1);
        // another event is another notification
        assertThat(escalate(service, "recheck:13:missed")).isEqualTo(2);
        // and the same key to a user who has none yet reaches that user
        assertThat(service.notify("user:applicant.wuhan", NotificationKind.COPY, "recheck:12:missed", "抄送", "",
                null, null)).isEqualTo(1);
    }

    @Test
    void givenMailOff_thenNoEmailIsQueued() {
        assertThat(escalate(service(false), "recheck:12:missed")).isEqualTo(2);

        assertThat(outbox.all()).isEmpty();
    }

    @Test
    void givenARecipientWithoutMembers_thenNothingIsWritten() {
        assertThat(service(true).notify("reviewer:420500", NotificationKind.TASK, "task:1", "新待办", "初审", null,
                "/inbox")).isZero();
        assertThat(notifications.all()).isEmpty();
    }

    @Test
    void givenABadRecipientOrLink_thenItIsRefusedAsAProgrammingError() {
        NotificationService service = service(true);
        assertThatIllegalArgumentException().isThrownBy(() -> service.notify("420100", NotificationKind.TASK, "k",
                "t", "b", null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> service.notify("auditor:420100", NotificationKind.TASK,
                "k", "t", "b", null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> service.notify("supervisor:420100",
                NotificationKind.TASK, "k", "t", "b", null, "https://evil.example.com/"));
        assertThatIllegalArgumentException().isThrownBy(() -> service.notify("supervisor:420100",
                NotificationKind.TASK, "k", "t", "b", null, "//evil.example.com/"));
        assertThatIllegalArgumentException().isThrownBy(() -> service.notify("supervisor:420100",
                NotificationKind.TASK, " ", "t", "b", null, null));
        assertThat(notifications.all()).isEmpty();
    }

    @Test
    void givenAnOverlongTitleOrBody_thenTheyAreCutRatherThanFailingTheStep() {
        service(false).notify("user:applicant.wuhan", NotificationKind.DECISION, "app:7:decided", "审".repeat(300),
                "意见".repeat(1500), 7L, "/apps/7");

        Notification n = notifications.all().get(0);
        assertThat(n.title()).hasSize(Notification.TITLE_MAX).endsWith("…");
        assertThat(n.body()).hasSize(Notification.BODY_MAX).endsWith("…");
    }

    @Test
    void aUserListsItsOwnNewestFirstAndNobodyElseSeesOrMarksThem() {
        NotificationService service = service(false);
        escalate(service, "recheck:12:missed");
        clock.advance(Duration.ofHours(1));
        escalate(service, "recheck:13:missed");

        NotificationPage page = service.page(wuhanSupervisor, false, 0, 20);
        assertThat(page.items()).extracting(Notification::eventKey)
                .containsExactly("recheck:13:missed", "recheck:12:missed");
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.unread()).isEqualTo(2);
        assertThat(service.unreadCount(wuhanSupervisor)).isEqualTo(2);
        assertThat(service.page(wuhanSupervisor, false, 1, 1).items()).extracting(Notification::eventKey)
                .containsExactly("recheck:12:missed");

        long mine = page.items().get(0).id();
        for (Actor other : new Actor[] {secondSupervisor, Actors.supervisor("supervisor.yichang", Hubei.YICHANG),
                Actors.wuhanReviewer(), Actor.system()}) {
            assertThatThrownBy(() -> service.markRead(other, mine)).as(other.username())
                    .isInstanceOf(NotFoundException.class).hasMessageContaining(String.valueOf(mine));
        }
        assertThat(service.page(Actor.system(), false, 0, 20).items()).isEmpty();
        assertThat(service.unreadCount(Actor.system())).isZero();
        assertThatThrownBy(() -> service.markRead(wuhanSupervisor, 987654321L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void markingOneReadKeepsItsFirstTimeAndMarkingAllReadMarksOnlyTheActorsUnreadOnes() {
        NotificationService service = service(false);
        escalate(service, "recheck:12:missed");
        escalate(service, "recheck:13:missed");
        escalate(service, "recheck:14:missed");
        long first = service.page(wuhanSupervisor, false, 0, 20).items().get(2).id();
        clock.advance(Duration.ofMinutes(3));

        Notification read = service.markRead(wuhanSupervisor, first);
        assertThat(read.readAt()).isEqualTo(clock.instant());
        clock.advance(Duration.ofMinutes(3));
        assertThat(service.markRead(wuhanSupervisor, first).readAt()).isEqualTo(read.readAt());
        assertThat(service.page(wuhanSupervisor, true, 0, 20).items()).hasSize(2);

        assertThat(service.markAllRead(wuhanSupervisor)).isEqualTo(2);
        assertThat(service.unreadCount(wuhanSupervisor)).isZero();
        assertThat(service.page(wuhanSupervisor, true, 0, 20).items()).isEmpty();
        assertThat(service.markAllRead(wuhanSupervisor)).isZero();
        // the colleague's own notifications are untouched
        assertThat(service.unreadCount(secondSupervisor)).isEqualTo(3);
    }
}
