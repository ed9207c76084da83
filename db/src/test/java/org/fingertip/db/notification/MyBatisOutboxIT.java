package org.fingertip.db.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.fingertip.db.user.UserAccounts;
import org.fingertip.registry.notification.Delivery;
import org.fingertip.registry.notification.DeliveryState;
import org.fingertip.registry.notification.Notification;
import org.fingertip.registry.notification.NotificationKind;
import org.fingertip.registry.notification.Notifications;
import org.fingertip.registry.notification.Outbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The outbox's conditional writes: what is due, a claim that only one of several nodes wins, and outcomes only the
 * claim's owner records. Each test works in a time window of its own, earlier than every earlier test's, so that
 * rows other tests left behind are never due in it (instants are whole seconds: the MariaDB URL sends no fractions).
 */
@SpringBootTest
class MyBatisOutboxIT {
    private static final AtomicLong WINDOW = new AtomicLong(Instant.parse("2019-01-01T00:00:00Z").getEpochSecond()
            - ThreadLocalRandom.current().nextLong(0, 7_000) * 86_400L);
    private static final Duration LEASE = Duration.ofMinutes(5);

    @Autowired
    Outbox outbox;
    @Autowired
    Notifications notifications;
    @Autowired
    UserAccounts accounts;

    Instant t0;
    String user;

    @BeforeEach
    void freshWindowAndUser() {
        t0 = Instant.ofEpochSecond(WINDOW.addAndGet(-60L * 86_400));
        user = TestUsers.saved(accounts, "OBSERVER", null, null, "observer@example.gov.cn");
    }

    private Instant at(int seconds) {
        return t0.plusSeconds(seconds);
    }

    private long queued(String eventKey, Instant now) {
        Notification n = notifications.addOnce(Notification.of(user, NotificationKind.TASK, eventKey, "新待办",
                "初审：江城办", null, "/inbox", now)).orElseThrow();
        return outbox.enqueue(Delivery.email(n.id(), "observer@example.gov.cn", now));
    }

    private Delivery row(long id) {
        return outbox.byId(id).orElseThrow();
    }

    @Test
    void givenAQueuedEmail_thenItReadsBackPendingAndDueAtOnce() {
        long id = queued("task:1", at(0));

        Delivery d = row(id);
        assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(d.attempts()).isZero();
        assertThat(d.address()).isEqualTo("observer@example.gov.cn");
        assertThat(d.nextAttemptAt()).isEqualTo(at(0));
        assertThat(d.createdAt()).isEqualTo(at(0));
        assertThat(d.leaseOwner()).isNull();
        assertThat(outbox.ofNotification(d.notificationId())).containsExactly(d);
        assertThat(outbox.due(at(0), 100)).contains(id);
        assertThat(outbox.due(at(-1), 100)).doesNotContain(id);
    }

    @Test
    void givenDueRows_thenTheyAreListedEarliestFirstAndNeitherSentNorFailedNorLeasedOnes() {
        long later = queued("task:1", at(20));
        long earlier = queued("task:2", at(10));
        long sent = queued("task:3", at(0));
        long failed = queued("task:4", at(0));
        long leased = queued("task:5", at(0));
        for (long id : List.of(sent, failed, leased)) {
            assertThat(outbox.claim(id, "node-a/1", at(0), at(0).plus(LEASE))).isTrue();
        }
        outbox.markSent(sent, "node-a/1", at(1));
        outbox.markFailed(failed, "node-a/1", "550 mailbox unavailable");

        assertThat(outbox.due(at(30), 1000)).containsSubsequence(earlier, later)
                .doesNotContain(sent, failed, leased);
        assertThat(outbox.due(at(15), 1000)).contains(earlier).doesNotContain(later);
        assertThat(outbox.due(at(30), 1)).containsExactly(earlier);
        // the lease's end makes the leased row due again
        assertThat(outbox.due(at(0).plus(LEASE), 1000)).contains(leased).doesNotContain(sent, failed);
    }

    @Test
    void givenAClaim_thenTheRowIsHeldAndOnlyItsOwnerRecordsTheOutcome() {
        long id = queued("task:1", at(0));

        assertThat(outbox.claim(id, "node-a/1", at(0), at(0).plus(LEASE))).isTrue();
        assertThat(outbox.claim(id, "node-b/1", at(1), at(1).plus(LEASE))).isFalse();
        Delivery held = row(id);
        assertThat(held.state()).isEqualTo(DeliveryState.SENDING);
        assertThat(held.attempts()).isEqualTo(1);
        assertThat(held.leaseOwner()).isEqualTo("node-a/1");
        assertThat(held.leaseUntil()).isEqualTo(at(0).plus(LEASE));
        assertThat(held.nextAttemptAt()).isEqualTo(at(0).plus(LEASE));

        assertThat(outbox.markSent(id, "node-b/1", at(2))).isFalse();
        assertThat(outbox.markRetry(id, "node-b/1", "x", at(60))).isFalse();
        assertThat(outbox.markFailed(id, "node-b/1", "x")).isFalse();
        assertThat(row(id).state()).isEqualTo(DeliveryState.SENDING);

        assertThat(outbox.markSent(id, "node-a/1", at(2))).isTrue();
        Delivery sent = row(id);
        assertThat(sent.state()).isEqualTo(DeliveryState.SENT);
        assertThat(sent.sentAt()).isEqualTo(at(2));
        assertThat(sent.leaseOwner()).isNull();
        assertThat(sent.leaseUntil()).isNull();
        // a SENT row is never claimed again, however late
        assertThat(outbox.claim(id, "node-c/1", at(86_400), at(86_400).plus(LEASE))).isFalse();
        assertThat(outbox.markSent(id, "node-a/1", at(3))).isFalse();
        assertThat(row(id).attempts()).isEqualTo(1);
    }

    @Test
    void givenAFailedAttempt_thenTheRowWaitsForItsNextAttemptWithTheError() {
        long id = queued("task:1", at(0));
        outbox.claim(id, "node-a/1", at(0), at(0).plus(LEASE));

        assertThat(outbox.markRetry(id, "node-a/1", "MailSendException: 421 try again later", at(30))).isTrue();

        Delivery d = row(id);
        assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(d.lastError()).isEqualTo("MailSendException: 421 try again later");
        assertThat(d.nextAttemptAt()).isEqualTo(at(30));
        assertThat(d.leaseOwner()).isNull();
        assertThat(outbox.claim(id, "node-a/2", at(29), at(29).plus(LEASE))).isFalse();
        assertThat(outbox.claim(id, "node-a/2", at(30), at(30).plus(LEASE))).isTrue();
        assertThat(row(id).attempts()).isEqualTo(2);
        assertThat(outbox.markFailed(id, "node-a/2", "550 no such user")).isTrue();
        assertThat(row(id).state()).isEqualTo(DeliveryState.FAILED);
        assertThat(row(id).lastError()).isEqualTo("550 no such user");
        assertThat(outbox.claim(id, "node-a/3", at(86_400), at(86_400).plus(LEASE))).isFalse();
    }

    @Test
    void givenALeaseThatRanOut_thenAnotherNodeTakesTheRowOverAndTheFirstCanNoLongerRecord() {
        long id = queued("task:1", at(0));
        outbox.claim(id, "node-a/1", at(0), at(0).plus(LEASE));

        assertThat(outbox.claim(id, "node-b/1", at(0).plus(LEASE).minusSeconds(1), at(600))).isFalse();
        assertThat(outbox.claim(id, "node-b/1", at(0).plus(LEASE), at(0).plus(LEASE).plus(LEASE))).isTrue();

        assertThat(row(id).attempts()).isEqualTo(2);
        assertThat(outbox.markSent(id, "node-a/1", at(400))).isFalse();
        assertThat(outbox.markSent(id, "node-b/1", at(400))).isTrue();
    }

    @Test
    void givenFourNodesRacingForTheSameRows_thenEachRowIsClaimedExactlyOnce() throws Exception {
        List<Long> ours = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ours.add(queued("task:" + i, at(i % 7)));
        }
        int nodes = 4;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        CountDownLatch start = new CountDownLatch(1);
        Map<Long, List<String>> claims = Collections.synchronizedMap(new HashMap<>());
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int n = 0; n < nodes; n++) {
                String owner = "node-" + n + "/race";
                runs.add(pool.submit(() -> {
                    start.await();
                    Instant now = at(10);
                    // every node sees the same candidates and tries each of them
                    for (int round = 0; round < 3; round++) {
                        for (long id : outbox.due(now, 1000)) {
                            if (outbox.claim(id, owner, now, now.plus(LEASE))) {
                                claims.computeIfAbsent(id, k -> Collections.synchronizedList(new ArrayList<>()))
                                        .add(owner);
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        for (long id : ours) {
            assertThat(claims.get(id)).as("claims of row %s", id).hasSize(1);
            Delivery d = row(id);
            assertThat(d.state()).isEqualTo(DeliveryState.SENDING);
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.leaseOwner()).isEqualTo(claims.get(id).get(0));
        }
    }
}
