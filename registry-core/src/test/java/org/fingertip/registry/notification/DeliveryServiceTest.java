package org.fingertip.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.InMemoryMembers;
import org.fingertip.registry.testing.InMemoryNotifications;
import org.fingertip.registry.testing.InMemoryOutbox;
import org.fingertip.registry.testing.MutableClock;
import org.fingertip.registry.testing.RecordingMailer;
import org.junit.jupiter.api.Test;

/** Delivering the outbox: once, with backoff after failures, never beyond the last attempt, never a row not held. */
class DeliveryServiceTest {
    private static final DeliverySettings SETTINGS = new DeliverySettings(true, 4, Duration.ofSeconds(30),
            Duration.ofMinutes(1), 20, Duration.ofMinutes(5), "fingertip.example.gov.cn",
            "https://fingertip.example.gov.cn/");

    private final MutableClock clock = new MutableClock(FilingFixture.DEFAULT_START);
    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryMembers members = new InMemoryMembers();
    private final RecordingMailer mailer = new RecordingMailer();
    private final NotificationService notify = new NotificationService(notifications, members, outbox, SETTINGS, clock);
    private final DeliveryService delivery = new DeliveryService(outbox, notifications, mailer, SETTINGS, clock,
            "node-a");

    private Notification notifyUser(String username) {
        members.add("user:" + username, new Member(username, username + "@example.gov.cn"));
        notify.notify("user:" + username, NotificationKind.DECISION, "app:7:decided", "“江城办”已通过审核",
                "备案号 鄂政应备2026000123号", 7L, "/apps/7");
        return notifications.all().get(notifications.all().size() - 1);
    }

    private Delivery only() {
        assertThat(outbox.all()).hasSize(1);
        return outbox.all().get(0);
    }

    @Test
    void givenADueRow_thenItIsSentOnceWithAStableIdAndRunningAgainSendsNothing() {
        Notification n = notifyUser("applicant.wuhan");

        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(delivery.deliverDue()).isZero();
        clock.advance(Duration.ofDays(1));
        assertThat(delivery.deliverDue()).isZero();

        assertThat(mailer.sent()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("applicant.wuhan@example.gov.cn");
            assertThat(m.subject()).isEqualTo("【指尖·审核决定】“江城办”已通过审核");
            assertThat(m.text()).contains("备案号 鄂政应备2026000123号", "https://fingertip.example.gov.cn/apps/7");
            assertThat(m.messageId()).isEqualTo("<notification-" + n.id() + "@fingertip.example.gov.cn>");
        });
        Delivery d = only();
        assertThat(d.state()).isEqualTo(DeliveryState.SENT);
        assertThat(d.attempts()).isEqualTo(1);
        assertThat(d.sentAt()).isEqualTo(FilingFixture.DEFAULT_START);
        assertThat(d.leaseOwner()).isNull();
    }

    @Test
    void givenFailures_thenTheRowWaitsADoublingBackoffAndIsSentOnceAfterwards() {
        notifyUser("applicant.wuhan");
        mailer.failNext(2);
        Instant start = clock.instant();

        assertThat(delivery.deliverDue()).isZero();
        Delivery afterFirst = only();
        assertThat(afterFirst.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(afterFirst.attempts()).isEqualTo(1);
        assertThat(afterFirst.lastError()).contains("SMTP 421");
        assertThat(afterFirst.nextAttemptAt()).isEqualTo(start.plusSeconds(30));

        // not due before its backoff
        clock.advance(Duration.ofSeconds(29));
        assertThat(delivery.deliverDue()).isZero();
        assertThat(only().attempts()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(delivery.deliverDue()).isZero();
        assertThat(only().attempts()).isEqualTo(2);
        assertThat(only().nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(60));

        clock.advance(Duration.ofSeconds(60));
        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(only().state()).isEqualTo(DeliveryState.SENT);
        assertThat(only().attempts()).isEqualTo(3);
        assertThat(mailer.sent()).hasSize(1);
        assertThat(mailer.refused()).isEqualTo(2);
    }

    @Test
    void givenEveryAttemptFails_thenTheRowIsFailedAfterTheLastAndTheNotificationStays() {
        Notification n = notifyUser("applicant.wuhan");
        mailer.failNext(100);

        for (int i = 0; i < 10; i++) {
            delivery.deliverDue();
            clock.advance(Duration.ofHours(1));
        }

        Delivery d = only();
        assertThat(d.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(d.attempts()).isEqualTo(SETTINGS.maxAttempts());
        assertThat(d.lastError()).contains("SMTP 421");
        assertThat(mailer.refused()).isEqualTo(SETTINGS.maxAttempts());
        assertThat(mailer.sent()).isEmpty();
        assertThat(notifications.byId(n.id())).isPresent();
        assertThat(outbox.ofNotification(n.id())).containsExactly(d);
    }

    @Test
    void givenAnotherNodeClaimsARowFirst_thenThisNodeLeavesItAlone() {
        notifyUser("applicant.wuhan");
        outbox.beforeClaim(id -> {
            outbox.beforeClaim(again -> { });
            outbox.claim(id, "node-b/1", clock.instant(), clock.instant().plus(SETTINGS.lease()));
        });

        assertThat(delivery.deliverDue()).isZero();

        assertThat(mailer.sent()).isEmpty();
        assertThat(only().state()).isEqualTo(DeliveryState.SENDING);
        assertThat(only().leaseOwner()).isEqualTo("node-b/1");
        assertThat(only().attempts()).isEqualTo(1);
    }

    @Test
    void givenANodeDiedMidSend_thenAnotherTakesTheRowOverWhenTheLeaseRunsOut() {
        notifyUser("applicant.wuhan");
        outbox.claim(only().id(), "node-dead/1", clock.instant(), clock.instant().plus(SETTINGS.lease()));

        clock.advance(SETTINGS.lease().minusSeconds(1));
        assertThat(delivery.deliverDue()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(delivery.deliverDue()).isEqualTo(1);

        assertThat(mailer.sent()).hasSize(1);
        assertThat(only().state()).isEqualTo(DeliveryState.SENT);
        assertThat(only().attempts()).isEqualTo(2);
    }

    @Test
    void givenTheLastAttemptsNodeDied_thenTheRowIsFailedWithoutAnotherSend() {
        notifyUser("applicant.wuhan");
        long id = only().id();
        for (int i = 0; i < SETTINGS.maxAttempts(); i++) {
            outbox.claim(id, "node-dead/" + i, clock.instant(), clock.instant().plus(SETTINGS.lease()));
            clock.advance(SETTINGS.lease());
        }

        assertThat(delivery.deliverDue()).isZero();

        assertThat(mailer.sent()).isEmpty();
        assertThat(only().state()).isEqualTo(DeliveryState.FAILED);
        assertThat(only().lastError()).contains("租约到期");
    }

    @Test
    void givenTwoNodesRacingOverManyRows_thenEachRowIsSentExactlyOnce() throws Exception {
        for (int i = 0; i < 200; i++) {
            String user = "user" + i;
            members.add("user:" + user, new Member(user, user + "@example.gov.cn"));
            notify.notify("user:" + user, NotificationKind.TASK, "task:" + i, "新待办", "初审", null, "/inbox");
        }
        DeliverySettings bigBatches = new DeliverySettings(true, 4, Duration.ofSeconds(30), Duration.ofMinutes(1), 50,
                Duration.ofMinutes(5), "fingertip.example.gov.cn", null);
        List<DeliveryService> nodes = List.of(
                new DeliveryService(outbox, notifications, mailer, bigBatches, clock, "node-a"),
                new DeliveryService(outbox, notifications, mailer, bigBatches, clock, "node-b"),
                new DeliveryService(outbox, notifications, mailer, bigBatches, clock, "node-c"));
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (DeliveryService node : nodes) {
                runs.add(pool.submit(() -> {
                    start.await();
                    int sent = 0;
                    for (int round = 0; round < 10; round++) {
                        sent += node.deliverDue();
                    }
                    return sent;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> run : runs) {
                total += run.get(30, TimeUnit.SECONDS);
            }

            assertThat(total).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(mailer.sent()).hasSize(200);
        assertThat(mailer.sent()).extracting(MailMessage::messageId).doesNotHaveDuplicates();
        assertThat(outbox.all()).allMatch(d -> d.state() == DeliveryState.SENT && d.attempts() == 1);
    }
}
