package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fingertip.db.user.UserAccount;
import org.fingertip.db.user.UserAccounts;
import org.fingertip.registry.notification.NotificationKind;
import org.fingertip.registry.notification.NotificationService;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.demo.DemoData;
import org.fingertip.web.page.Browser.FormData;
import org.fingertip.web.page.Browser.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notifications page and the header's count: the unread ones set apart, one marked read, then all; someone
 * else's cannot be marked; the header counts on every page of a logged-in user and on its error pages, and the
 * login page has no count.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationPagesIT {
    @LocalServerPort
    int port;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserAccounts userAccounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TransactionTemplate tx;

    private String user(String username) {
        userAccounts.save(new UserAccount(username, passwordEncoder.encode(DemoData.DEMO_PASSWORD), "通知页面测试",
                "420100-007", "420100", true, Set.of("APPLICANT")));
        return username;
    }

    private void notify(String username, NotificationKind kind, String eventKey, String title, String link) {
        tx.executeWithoutResult(s -> notifications.notify("user:" + username, kind, eventKey, title, "正文：" + title,
                null, link));
    }

    @Test
    void aUserSeesItsUnreadNotificationsMarksOneAndThenAllRead() {
        long n = ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999);
        String owner = user("applicant.page." + n);
        String other = user("applicant.other." + n);
        notify(owner, NotificationKind.RETURN, "app:" + n + ":returned", "城管通被退回补正" + n, "/apps");
        notify(owner, NotificationKind.REMINDER, "task:" + n + ":reminder", "催办：城管通补正" + n, "/inbox");
        notify(other, NotificationKind.COPY, "task:" + n + ":copy", "抄送" + n, null);

        Browser browser = Browser.loggedIn(port, owner);
        Page page = browser.get("/notifications");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("通知 (2)", "退回补正", "城管通被退回补正" + n, "催办：城管通补正" + n, "未读",
                "标记已读", "全部标为已读", "共 2 条，未读 2 条").doesNotContain("抄送" + n);
        assertThat(page.html()).contains("class=\"notification unread\"", "href=\"/inbox\"");

        Page inboxFirst = browser.get("/notifications?unread=true");
        String firstId = idOfTitle(inboxFirst, "催办：城管通补正" + n);
        Page read = browser.submit(inboxFirst, "/notifications/" + firstId + "/read", new FormData());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.path()).isEqualTo("/notifications");
        assertThat(read.text()).contains("已标记为已读", "通知 (1)", "共 2 条，未读 1 条", "已于");
        assertThat(browser.get("/notifications?unread=true").text()).doesNotContain("催办：城管通补正" + n)
                .contains("城管通被退回补正" + n);

        // someone else's notification is not found, and stays unread
        Browser stranger = Browser.loggedIn(port, other);
        Page strangers = stranger.get("/notifications");
        String othersId = idOfTitle(strangers, "抄送" + n);
        Page foreign = browser.post("/notifications/" + othersId + "/read",
                new FormData().add("_csrf", Page.csrfOf(read.form("/logout"))));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text()).contains("通知 (1)");
        assertThat(stranger.get("/notifications").text()).contains("通知 (1)");

        Page allRead = browser.submit(browser.get("/notifications"), "/notifications/read-all", new FormData());
        assertThat(allRead.status()).isEqualTo(200);
        assertThat(allRead.text()).contains("已将全部通知标为已读", "通知 (0)", "共 2 条，未读 0 条");
        assertThat(allRead.hasForm("/notifications/read-all")).isFalse();
        assertThat(allRead.html()).doesNotContain("class=\"notification unread\"");

        assertThat(browser.get("/notifications?page=-1").status()).isEqualTo(400);
        assertThat(browser.get("/apps").text()).contains("通知 (0)");
        Page missing = browser.get("/no-such-page-" + n);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text()).contains("通知 (0)");
        assertThat(Browser.anonymous(port).get("/login").text()).doesNotContain("通知 (");
    }

    /** The id of the notification with this title on the page. */
    private static String idOfTitle(Page page, String title) {
        Matcher m = Pattern.compile("data-notification=\"(\\d+)\"(?:(?!data-notification).)*?" + Pattern.quote(title),
                Pattern.DOTALL).matcher(page.html());
        assertThat(m.find()).as("a notification titled %s on %s", title, page).isTrue();
        return m.group(1);
    }
}
