package org.fingertip.registry.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.notification.DeliverySettings;
import org.fingertip.registry.notification.Member;
import org.fingertip.registry.notification.Notification;
import org.fingertip.registry.notification.NotificationKind;
import org.fingertip.registry.notification.NotificationService;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.registry.testing.InMemoryMembers;
import org.fingertip.registry.testing.InMemoryNotices;
import org.fingertip.registry.testing.InMemoryNotifications;
import org.fingertip.registry.testing.InMemoryOutbox;
import org.fingertip.registry.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** Posting a notice once per event, and who reads it. */
class NoticeServiceTest {
    private final MutableClock clock = new MutableClock(FilingFixture.DEFAULT_START);
    private final InMemoryNotices notices = new InMemoryNotices();
    private final NoticeService service = new NoticeService(notices, clock);
    private final Actor wuhanSupervisor = Actors.supervisor("supervisor.wuhan", Hubei.WUHAN);
    private final Actor otherWuhanSupervisor = Actors.supervisor("supervisor.wuhan.2", Hubei.WUHAN);

    private Notice missed(long recheckId) {
        return service.post(Recipients.supervisors("420100"), NoticeKind.SELF_INSPECTION_MISSED, NoticeSubject.RECHECK,
                recheckId, 7L, "复核 " + recheckId + " 自查逾期");
    }

    @Test
    void theSameEventIsPostedOnceToARecipient() {
        Notice first = missed(12);
        clock.advance(Duration.ofMinutes(5));
        Notice again = missed(12);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.createdAt()).isEqualTo(first.createdAt());
        assertThat(notices.all()).hasSize(1);
        // another subject, or another recipient, is another notice
        missed(13);
        service.post(Recipients.supervisors("420500"), NoticeKind.SELF_INSPECTION_MISSED, NoticeSubject.RECHECK, 12,
                7L, "宜昌");
        assertThat(notices.all()).hasSize(3);
    }

    @Test
    void theSupervisorsOfTheDivisionSeeItNewestFirstAndNobodyElseDoes() {
        Notice older = missed(12);
        clock.advance(Duration.ofHours(1));
        Notice newer = missed(13);

        NoticePage page = service.page(wuhanSupervisor, false, 0, 20);
        assertThat(page.items()).extracting(Notice::id).containsExactly(newer.id(), older.id());
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.unread()).isEqualTo(2);
        assertThat(service.page(wuhanSupervisor, false, 1, 1).items()).extracting(Notice::id)
                .containsExactly(older.id());

        for (Actor outsider : new Actor[] {Actors.supervisor("supervisor.yichang", Hubei.YICHANG),
                Actors.supervisor("supervisor.hubei", Hubei.PROVINCE), Actors.wuhanReviewer(),
                Actors.applicant(Hubei.WUHAN_UNIT), Actor.system()}) {
            assertThat(service.page(outsider, false, 0, 20).items()).as(outsider.username()).isEmpty();
            assertThatThrownBy(() -> service.markRead(outsider, older.id())).as(outsider.username())
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> service.visible(wuhanSupervisor, 987654321L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void readByOneSupervisorItIsReadForTheGroupAndKeepsItsFirstReader() {
        Notice n = missed(12);
        clock.advance(Duration.ofMinutes(3));

        Notice read = service.markRead(wuhanSupervisor, n.id());
        assertThat(read.readBy()).isEqualTo("supervisor.wuhan");
        assertThat(read.readAt()).isEqualTo(clock.instant());

        clock.advance(Duration.ofMinutes(3));
        Notice again = service.markRead(otherWuhanSupervisor, n.id());
        assertThat(again.readBy()).isEqualTo("supervisor.wuhan");
        assertThat(again.readAt()).isEqualTo(read.readAt());
        NoticePage page = service.page(otherWuhanSupervisor, false, 0, 20);
        assertThat(page.unread()).isZero();
        assertThat(service.page(otherWuhanSupervisor, true, 0, 20).items()).isEmpty();
    }

    @Test
    void aUserReadsTheNoticesToItselfAndToEachOfItsGroups() {
        Actor dual = new Actor("dual", Set.of(Role.APPLICANT, Role.REVIEWER), Hubei.WUHAN_UNIT, Hubei.WUHAN);

        assertThat(Recipients.of(dual)).containsExactlyInAnyOrder("user:dual", "reviewer:420100",
                "applicant:420100-007");
        assertThat(Recipients.of(wuhanSupervisor)).containsExactlyInAnyOrder("user:supervisor.wuhan",
                "supervisor:420100");
        assertThat(Recipients.of(Actor.system())).isEmpty();
    }

    @Test
    void aNoticePostedNotifiesEachMemberOfItsRecipientOnceAndARepeatNobody() {
        InMemoryNotifications notifications = new InMemoryNotifications();
        InMemoryMembers members = new InMemoryMembers()
                .add("supervisor:420100", new Member("supervisor.wuhan", null), new Member("supervisor.wuhan.2", null));
        NoticeService notifying = new NoticeService(notices, new NotificationService(notifications, members,
                new InMemoryOutbox(), DeliverySettings.defaults(), clock), clock);

        Notice n = notifying.post(Recipients.supervisors("420100"), NoticeKind.SELF_INSPECTION_MISSED,
                NoticeSubject.RECHECK, 12, 7L, "复核 12 自查逾期");

        assertThat(notifications.all()).extracting(Notification::recipient)
                .containsExactly("supervisor.wuhan", "supervisor.wuhan.2");
        assertThat(notifications.all()).allSatisfy(x -> {
            assertThat(x.kind()).isEqualTo(NotificationKind.NOTICE);
            assertThat(x.eventKey()).isEqualTo("notice:" + n.id());
            assertThat(x.title()).isEqualTo("复核自查逾期");
            assertThat(x.body()).isEqualTo("复核 12 自查逾期");
            assertThat(x.appId()).isEqualTo(7L);
            assertThat(x.link()).isEqualTo("/notices");
        });

        // a member who joins later is not notified of a repeat of the same event
        members.add("supervisor:420100", new Member("supervisor.wuhan.3", null));
        clock.advance(Duration.ofMinutes(5));
        assertThat(notifying.post(Recipients.supervisors("420100"), NoticeKind.SELF_INSPECTION_MISSED,
                NoticeSubject.RECHECK, 12, 7L, "复核 12 自查逾期").id()).isEqualTo(n.id());
        assertThat(notifications.all()).hasSize(2);
    }
}
