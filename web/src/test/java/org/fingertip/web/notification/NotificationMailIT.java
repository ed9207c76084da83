package org.fingertip.web.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.fingertip.db.user.UserAccount;
import org.fingertip.db.user.UserAccounts;
import org.fingertip.registry.notification.DeliveryService;
import org.fingertip.registry.notification.DeliverySettings;
import org.fingertip.registry.notification.Mailer;
import org.fingertip.registry.notification.NotificationKind;
import org.fingertip.registry.notification.NotificationService;
import org.fingertip.registry.notification.Notifications;
import org.fingertip.registry.notification.Outbox;
import org.fingertip.web.FingertipApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications that are never lost, with the real application, database and SMTP (GreenMail in this JVM on a free
 * port): a notification committed is emailed exactly once however often delivery runs; one written by a step that
 * rolls back leaves nothing and sends nothing; a mail server that fails twice gets the message once on the third
 * attempt. The poller is off: the tests run delivery themselves.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationMailIT {
    private static final int SMTP_PORT = freePort();
    private static final String FROM_DOMAIN = "fingertip.example.gov.cn";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("fingertip.notifications.mail-from", () -> "指尖 <noreply@" + FROM_DOMAIN + ">");
        registry.add("fingertip.notifications.site-url", () -> "https://" + FROM_DOMAIN);
        registry.add("fingertip.notifications.delivery.poll", () -> "false");
    }

    @Autowired
    NotificationService notificationService;
    @Autowired
    DeliveryService delivery;
    @Autowired
    Outbox outbox;
    @Autowired
    Notifications notifications;
    @Autowired
    Mailer mailer;
    @Autowired
    DeliverySettings settings;
    @Autowired
    Clock clock;
    @Autowired
    UserAccounts userAccounts;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    /** A user of this test only, with an address of its own. */
    String user;
    String address;

    @BeforeEach
    void freshUser() {
        user = "applicant.mail." + ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999);
        address = user + "@mail.example.gov.cn";
        userAccounts.save(new UserAccount(user, "{noop}unused", "邮件测试经办人", "420100-007", "420100", true,
                Set.of("APPLICANT"), address));
    }

    private long notifyInItsOwnTransaction(String eventKey) {
        Integer written = tx.execute(s -> notificationService.notify("user:" + user, NotificationKind.DECISION,
                eventKey, "“江城办”已通过审核", "备案号 鄂政应备2026000123号", null, "/apps"));
        assertThat(written).isEqualTo(1);
        return notificationId(eventKey);
    }

    private long notificationId(String eventKey) {
        return jdbc.queryForObject("SELECT id FROM notification WHERE recipient = ? AND event_key = ?", Long.class,
                user, eventKey);
    }

    private Map<String, Object> deliveryRow(long notificationId) {
        return jdbc.queryForMap("SELECT state, attempts, last_error, sent_at, address FROM notification_delivery "
                + "WHERE notification_id = ?", notificationId);
    }

    private List<MimeMessage> received() {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).contains(address)).toList();
    }

    private static List<String> to(MimeMessage m) {
        try {
            Address[] recipients = m.getAllRecipients();
            return recipients == null ? List.of() : Arrays.stream(recipients).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCommittedNotificationIsEmailedExactlyOnceEvenWhenDeliveryRunsTwice() throws Exception {
        long id = notifyInItsOwnTransaction("app:1:decided");
        assertThat(deliveryRow(id)).containsEntry("state", "PENDING").containsEntry("attempts", 0)
                .containsEntry("address", address);

        delivery.deliverDue();
        delivery.deliverDue();

        assertThat(received()).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("【指尖·审核决定】“江城办”已通过审核");
            assertThat(m.getMessageID()).isEqualTo("<notification-" + id + "@" + FROM_DOMAIN + ">");
            assertThat(m.getFrom()[0].toString()).contains("noreply@" + FROM_DOMAIN);
            assertThat(GreenMailUtil.getBody(m)).isNotBlank();
            assertThat(m.getContent().toString()).contains("备案号 鄂政应备2026000123号",
                    "https://" + FROM_DOMAIN + "/apps");
        });
        Map<String, Object> row = deliveryRow(id);
        assertThat(row).containsEntry("state", "SENT").containsEntry("attempts", 1);
        assertThat(row.get("sent_at")).isNotNull();
        // the same event again queues nothing either
        Integer again = tx.execute(s -> notificationService.notify("user:" + user, NotificationKind.DECISION,
                "app:1:decided", "再次", "再次", null, null));
        assertThat(again).isZero();
        delivery.deliverDue();
        assertThat(received()).hasSize(1);
    }

    @Test
    void aStepThatRollsBackLeavesNoNotificationNoDeliveryAndSendsNothing() {
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            assertThat(notificationService.notify("user:" + user, NotificationKind.RETURN, "app:2:returned",
                    "“江城办”被退回补正", "请补充第 3 节", null, "/apps")).isEqualTo(1);
            throw new IllegalStateException("the step failed after notifying");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the step failed after notifying");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient = ?", Long.class, user))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_delivery WHERE address = ?", Long.class,
                address)).isZero();
        delivery.deliverDue();
        assertThat(received()).isEmpty();
    }

    @Test
    void aMailServerFailingTwiceGetsTheMessageOnceOnTheThirdAttempt() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Mailer failingTwice = message -> {
            if (calls.incrementAndGet() <= 2 && message.to().equals(address)) {
                throw new org.springframework.mail.MailSendException("421 4.3.2 服务暂不可用（测试）");
            }
            mailer.send(message);
        };
        DeliveryService flaky = new DeliveryService(outbox, notifications, failingTwice, settings, clock,
                "flaky-node");
        long id = notifyInItsOwnTransaction("app:3:decided");

        flaky.deliverDue();
        assertThat(deliveryRow(id)).containsEntry("state", "PENDING").containsEntry("attempts", 1);
        assertThat((String) deliveryRow(id).get("last_error")).contains("421 4.3.2");
        // not due again before its backoff
        flaky.deliverDue();
        assertThat(deliveryRow(id)).containsEntry("attempts", 1);

        dueNow(id);
        flaky.deliverDue();
        assertThat(deliveryRow(id)).containsEntry("state", "PENDING").containsEntry("attempts", 2);
        assertThat(received()).isEmpty();

        dueNow(id);
        flaky.deliverDue();
        dueNow(id);
        flaky.deliverDue();

        assertThat(received()).singleElement()
                .satisfies(m -> assertThat(m.getMessageID()).isEqualTo("<notification-" + id + "@" + FROM_DOMAIN + ">"));
        Map<String, Object> row = deliveryRow(id);
        assertThat(row).containsEntry("state", "SENT").containsEntry("attempts", 3);
        assertThat((String) row.get("last_error")).contains("421 4.3.2");
    }

    /** The backoff passed: the row's next attempt is set a second into the past, as time would have moved it. */
    private void dueNow(long notificationId) {
        jdbc.update("UPDATE notification_delivery SET next_attempt_at = ? WHERE notification_id = ? AND state = 'PENDING'",
                Timestamp.from(Instant.now(clock).minusSeconds(1)), notificationId);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
