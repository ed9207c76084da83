package org.fingertip.web.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.fingertip.db.user.UserAccount;
import org.fingertip.db.user.UserAccounts;
import org.fingertip.registry.notice.NoticeKind;
import org.fingertip.registry.notice.NoticeService;
import org.fingertip.registry.notice.NoticeSubject;
import org.fingertip.registry.notification.NotificationKind;
import org.fingertip.registry.notification.NotificationService;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.demo.DemoData;
import org.fingertip.web.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification centre over real HTTP: a user lists its own notifications newest first, filters the unread ones,
 * counts them, marks one or all read, and never reaches anybody else's. Mail is off here (no {@code spring.mail.host}),
 * so no delivery is ever queued.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationApiIT {
    @LocalServerPort
    int port;

    @Autowired
    NotificationService notifications;
    @Autowired
    NoticeService notices;
    @Autowired
    UserAccounts userAccounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    /** Users of this test only, with an email address (which mail being off leaves unused). */
    String alice;
    String bob;

    @BeforeEach
    void users() {
        api = new ApiClient(port);
        long n = ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999);
        alice = user("observer.alice." + n);
        bob = user("observer.bob." + n);
    }

    private String user(String username) {
        userAccounts.save(new UserAccount(username, passwordEncoder.encode(DemoData.DEMO_PASSWORD), "通知测试用户",
                "420102001001-001", "420100", true, Set.of("OBSERVER"), username + "@example.gov.cn"));
        return username;
    }

    private int notify(String username, NotificationKind kind, String eventKey, String title) {
        return tx.execute(s -> notifications.notify("user:" + username, kind, eventKey, title, "正文：" + title, null,
                "/apps"));
    }

    private JsonNode page(String username, String query) {
        return api.as(username).get("/api/notifications" + query).expectJson(200).json();
    }

    private long unreadCount(String username) {
        return api.as(username).get("/api/notifications/count").expectJson(200).json().path("unread").asLong();
    }

    private static List<String> titles(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false).map(n -> n.path("title").asText())
                .toList();
    }

    @Test
    void aUserListsCountsAndMarksItsOwnNotifications() {
        assertThat(notify(alice, NotificationKind.TASK, "t:1", "新待办：城管通初审")).isEqualTo(1);
        assertThat(notify(alice, NotificationKind.REMINDER, "t:1:reminder", "催办：城管通初审")).isEqualTo(1);
        assertThat(notify(alice, NotificationKind.DECISION, "app:1:decided", "城管通已通过审核")).isEqualTo(1);
        // the same event again writes nothing
        assertThat(notify(alice, NotificationKind.TASK, "t:1", "新待办：城管通初审")).isZero();
        notify(bob, NotificationKind.COPY, "t:1:copy", "抄送：城管通初审");

        JsonNode all = page(alice, "");
        assertThat(titles(all)).containsExactly("城管通已通过审核", "催办：城管通初审", "新待办：城管通初审");
        assertThat(all.path("total").asLong()).isEqualTo(3);
        assertThat(all.path("unread").asLong()).isEqualTo(3);
        JsonNode first = all.path("items").get(0);
        assertThat(first.path("kind").asText()).isEqualTo("DECISION");
        assertThat(first.path("kindLabel").asText()).isEqualTo("审核决定");
        assertThat(first.path("body").asText()).isEqualTo("正文：城管通已通过审核");
        assertThat(first.path("link").asText()).isEqualTo("/apps");
        assertThat(first.path("read").asBoolean()).isFalse();
        assertThat(first.path("readAt").isNull()).isTrue();
        assertThat(titles(page(alice, "?page=1&size=2"))).containsExactly("新待办：城管通初审");
        assertThat(unreadCount(alice)).isEqualTo(3);

        long reminder = all.path("items").get(1).path("id").asLong();
        JsonNode read = api.as(alice).post("/api/notifications/" + reminder + "/read").expectJson(200).json();
        assertThat(read.path("read").asBoolean()).isTrue();
        assertThat(read.path("readAt").isNull()).isFalse();
        JsonNode again = api.as(alice).post("/api/notifications/" + reminder + "/read").expectJson(200).json();
        assertThat(again.path("readAt").asText()).isEqualTo(read.path("readAt").asText());
        assertThat(titles(page(alice, "?unread=true"))).containsExactly("城管通已通过审核", "新待办：城管通初审");
        assertThat(page(alice, "?unread=true").path("total").asLong()).isEqualTo(2);
        assertThat(page(alice, "").path("unread").asLong()).isEqualTo(2);

        assertThat(api.as(alice).post("/api/notifications/read-all").expectJson(200).json().path("marked").asInt())
                .isEqualTo(2);
        assertThat(unreadCount(alice)).isZero();
        assertThat(page(alice, "?unread=true").path("items")).isEmpty();
        assertThat(api.as(alice).post("/api/notifications/read-all").expectJson(200).json().path("marked").asInt())
                .isZero();
        // bob's are his own, untouched
        assertThat(unreadCount(bob)).isEqualTo(1);
        assertThat(titles(page(bob, ""))).containsExactly("抄送：城管通初审");

        // mail is off: nothing was queued
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_delivery d JOIN notification n "
                + "ON n.id = d.notification_id WHERE n.recipient IN (?, ?)", Long.class, alice, bob)).isZero();
    }

    @Test
    void someoneElsesNotificationIsNotFoundAndBadInputIsABadRequest() {
        notify(bob, NotificationKind.RETURN, "app:2:returned", "城管通被退回补正");
        long bobs = page(bob, "").path("items").get(0).path("id").asLong();

        api.as(alice).post("/api/notifications/" + bobs + "/read").expectProblem(404);
        api.as("supervisor.wuhan").post("/api/notifications/" + bobs + "/read").expectProblem(404);
        api.as(alice).post("/api/notifications/987654321987/read").expectProblem(404);
        assertThat(page(bob, "").path("items").get(0).path("read").asBoolean()).isFalse();

        api.as(alice).post("/api/notifications/abc/read").expectProblem(400);
        api.as(alice).get("/api/notifications?size=0").expectProblem(400).assertNamesField("size");
        api.as(alice).get("/api/notifications?page=-1").expectProblem(400).assertNamesField("page");
        api.as(alice).get("/api/notifications?unread=perhaps").expectProblem(400);

        api.anonymous().get("/api/notifications").expectProblem(401);
        api.anonymous().get("/api/notifications/count").expectProblem(401);
        api.anonymous().post("/api/notifications/" + bobs + "/read").expectProblem(401);
        api.anonymous().post("/api/notifications/read-all").expectProblem(401);
    }

    @Test
    void aNoticePostedToAPostNotifiesEachOfItsMembersOnceLinkedToTheNotices() {
        long subject = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
        String text = "复核 " + subject + "：主办单位未在期限内提交自查自评";
        String yichangSupervisor = "supervisor.yichang.n" + subject;
        userAccounts.save(new UserAccount(yichangSupervisor, passwordEncoder.encode(DemoData.DEMO_PASSWORD),
                "宜昌市减负办督查员", "420500-001", "420500", true, Set.of("SUPERVISOR")));

        tx.executeWithoutResult(s -> notices.post("supervisor:420500", NoticeKind.SELF_INSPECTION_MISSED,
                NoticeSubject.RECHECK, subject, null, text));
        tx.executeWithoutResult(s -> notices.post("supervisor:420500", NoticeKind.SELF_INSPECTION_MISSED,
                NoticeSubject.RECHECK, subject, null, text));

        List<JsonNode> mine = StreamSupport.stream(page(yichangSupervisor, "?size=200").path("items").spliterator(),
                false).filter(n -> n.path("body").asText().equals(text)).toList();
        assertThat(mine).singleElement().satisfies(n -> {
            assertThat(n.path("kind").asText()).isEqualTo("NOTICE");
            assertThat(n.path("title").asText()).isEqualTo("复核自查逾期");
            assertThat(n.path("link").asText()).isEqualTo("/notices");
        });
        // not a member of that post: nothing
        assertThat(StreamSupport.stream(page("supervisor.wuhan", "?size=200").path("items").spliterator(), false)
                .noneMatch(n -> n.path("body").asText().equals(text))).isTrue();
    }
}
