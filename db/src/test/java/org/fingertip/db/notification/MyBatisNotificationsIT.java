package org.fingertip.db.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fingertip.db.TestApps.at;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.fingertip.db.TestApps;
import org.fingertip.db.TestTree;
import org.fingertip.db.user.UserAccounts;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.notification.Notification;
import org.fingertip.registry.notification.NotificationKind;
import org.fingertip.registry.notification.NotificationPage;
import org.fingertip.registry.notification.Notifications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class MyBatisNotificationsIT {
    @Autowired
    Notifications notifications;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Apps apps;
    @Autowired
    Departments departments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    /** A user of this test only: the database is shared by the suite. */
    String user;

    @BeforeEach
    void freshUser() {
        user = TestUsers.saved(accounts);
    }

    private Optional<Notification> add(String recipient, String eventKey, int minute) {
        return notifications.addOnce(Notification.of(recipient, NotificationKind.ESCALATION, eventKey, "复核自查逾期𠀀",
                "应用“江城办𠀀”未在 10 个工作日内提交复核自查自评", null, "/notices", at(minute)));
    }

    @Test
    void givenANotification_thenEveryFieldRoundTrips() {
        TestTree tree = TestTree.saved(departments);
        App app = apps.save(TestApps.draft(tree.cityUnit, "通知中心测试" + tree.suffix, at(0)));
        Notification added = notifications.addOnce(Notification.of(user, NotificationKind.DECISION, "app:" + app.id()
                + ":decided", "“江城办”已通过审核", "备案号 鄂政应备2026000123号", app.id(), "/apps/" + app.id(), at(1)))
                .orElseThrow();

        assertThat(added.id()).isNotNull();
        Notification read = notifications.byId(added.id()).orElseThrow();
        assertThat(read).isEqualTo(added);
        assertThat(read.appId()).isEqualTo(app.id());
        assertThat(read.createdAt()).isEqualTo(at(1));
        assertThat(read.isRead()).isFalse();
        assertThat(notifications.byId(987654321987L)).isEmpty();
    }

    @Test
    void givenTheSameEventKeyAgain_thenNothingIsAddedAndTheFirstStays() {
        Notification first = add(user, "recheck:42:missed", 1).orElseThrow();

        assertThat(add(user, "recheck:42:missed", 5)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient = ?", Long.class, user))
                .isEqualTo(1);
        assertThat(notifications.byId(first.id()).orElseThrow().createdAt()).isEqualTo(at(1));
        // the same event for another user is another notification
        String other = TestUsers.saved(accounts);
        assertThat(add(other, "recheck:42:missed", 5)).isPresent();
    }

    @Test
    void givenTwoTransactionsAddingTheSameEvent_thenTheSecondWaitsAndAddsNothing() throws Exception {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        CountDownLatch firstAdded = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        Thread first = new Thread(() -> tx.executeWithoutResult(s -> {
            add(user, "task:7:reminder", 1).orElseThrow();
            firstAdded.countDown();
            await(secondStarted);
            sleep(300);
        }));
        first.start();
        await(firstAdded);
        Optional<Notification> second = tx.execute(s -> {
            secondStarted.countDown();
            // blocks on the unique key until the first commits, then finds it taken
            return add(user, "task:7:reminder", 2);
        });
        first.join(10_000);

        assertThat(second).isEmpty();
        assertThat(notifications.forRecipient(user, false, 0, 20).items()).singleElement()
                .satisfies(n -> assertThat(n.createdAt()).isEqualTo(at(1)));
    }

    @Test
    void givenSeveralNotifications_thenAPageListsTheUsersNewestFirstWithTheUnreadCount() {
        Notification oldest = add(user, "e1", 1).orElseThrow();
        Notification middle = add(user, "e2", 2).orElseThrow();
        Notification newest = add(user, "e3", 3).orElseThrow();
        add(TestUsers.saved(accounts), "e4", 4).orElseThrow();

        NotificationPage page = notifications.forRecipient(user, false, 0, 2);
        assertThat(page.items()).extracting(Notification::id).containsExactly(newest.id(), middle.id());
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.unread()).isEqualTo(3);
        assertThat(notifications.forRecipient(user, false, 1, 2).items()).extracting(Notification::id)
                .containsExactly(oldest.id());
        assertThat(notifications.unreadCount(user)).isEqualTo(3);

        notifications.markRead(middle.id(), at(10));
        NotificationPage unread = notifications.forRecipient(user, true, 0, 20);
        assertThat(unread.items()).extracting(Notification::id).containsExactly(newest.id(), oldest.id());
        assertThat(unread.total()).isEqualTo(2);
        assertThat(notifications.forRecipient(user, false, 0, 20).unread()).isEqualTo(2);
        assertThat(notifications.unreadCount(user)).isEqualTo(2);
        assertThat(notifications.forRecipient("nobody-" + TestTree.code(), false, 0, 20).items()).isEmpty();
    }

    @Test
    void givenReadings_thenTheFirstTimeIsKeptAndMarkingAllReadTouchesOnlyTheUsersUnreadOnes() {
        Notification a = add(user, "e1", 1).orElseThrow();
        add(user, "e2", 2).orElseThrow();
        add(user, "e3", 3).orElseThrow();
        String other = TestUsers.saved(accounts);
        add(other, "e1", 1).orElseThrow();

        notifications.markRead(a.id(), at(10));
        notifications.markRead(a.id(), at(20));
        assertThat(notifications.byId(a.id()).orElseThrow().readAt()).isEqualTo(at(10));

        assertThat(notifications.markAllRead(user, at(30))).isEqualTo(2);
        assertThat(notifications.unreadCount(user)).isZero();
        assertThat(notifications.byId(a.id()).orElseThrow().readAt()).isEqualTo(at(10));
        assertThat(notifications.forRecipient(user, false, 0, 20).items()).extracting(Notification::readAt)
                .containsExactly(at(30), at(30), at(10));
        assertThat(notifications.markAllRead(user, at(40))).isZero();
        assertThat(notifications.unreadCount(other)).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
