package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fingertip.db.user.UserAccount;
import org.fingertip.db.user.UserAccounts;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.page.Browser.FormData;
import org.fingertip.web.page.Browser.Page;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.FilingSteps;
import org.fingertip.web.support.FormJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Evaluation and feedback through the pages: an observer rates an app from its case page with two burdens and
 * anonymously; the case page shows the average, and the reporter only to whom the core shows it; a missing or
 * out-of-range rating is refused beside the field with the rest kept; the receipt after rating says it was received
 * and what happens next; burden reports that reach the threshold open a ledger item, and the receipt says so.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvaluationPagesIT {
    private static final String OBSERVER_PASSWORD = "Observer@2026";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    ApiClient api;
    FilingSteps steps;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        steps = new FilingSteps(api);
    }

    private long filedWuhanApp(String name) {
        long appId = steps.createAndSubmit("applicant.wuhan", FormJson.complete("420100-007", name));
        steps.approve("reviewer.wuhan", appId, "FIRST_REVIEW");
        steps.approve("reviewer.hubei", appId, "PROVINCIAL_REVIEW");
        assertThat(steps.status("applicant.wuhan", appId)).isEqualTo("FILED");
        return appId;
    }

    private static String section(Page page, String id) {
        String html = page.html();
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section %s on %s", id, page).isNotNegative();
        int end = html.indexOf("</section>", start);
        return Page.text(html.substring(start, end));
    }

    @Test
    void anObserverRatesWithTwoBurdensAnonymouslyAndTheCasePageShowsTheAverage() {
        String name = FormJson.uniqueName("评价页面城管通");
        long appId = filedWuhanApp(name);
        String casePath = "/apps/" + appId;
        String ratePath = casePath + "/evaluate";

        // 1. From the case page to the form.
        Browser observer = Browser.loggedIn(port, "observer.wuhan");
        Page casePage = observer.get(casePath);
        assertThat(section(casePage, "evaluations")).contains("评价反馈", "尚无评价", "评价此应用");
        assertThat(casePage.html()).contains("href=\"" + ratePath + "\"");
        assertThat(casePage.html()).as("observers do not see the ledger").doesNotContain("id=\"ledger\"");
        Page form = observer.get(ratePath);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()).contains("name=\"viewport\"", "type=\"radio\"", "type=\"checkbox\"");
        assertThat(form.text()).contains("评价：" + name, "武汉市城市管理执法委员会", "评分", "5 分 很满意", "1 分 很不满意",
                "反映负担（可多选）", "强制打卡签到", "重复填表报数", "消息推送过多", "匿名（对主办单位隐藏我的身份）", "提交评价");

        // 2. Without a rating: refused beside the rating, the rest as ticked and typed.
        String comment = "每天要求截图打卡，同一组数据每周报三遍" + appId;
        Page missing = observer.submit(form, ratePath, new FormData()
                .add("burdens", "CHECK_IN").add("burdens", "REPEATED_REPORTING").add("_burdens", "on")
                .add("comment", comment).add("anonymous", "true").add("_anonymous", "on"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.notesOf("rating")).isEqualTo("请打 1 到 5 分");
        assertThat(missing.notesOf("burdens")).isEmpty();
        assertThat(missing.textOfId("error-summary")).contains("评价有 1 处需要修改");
        assertThat(missing.checked("burdens", "CHECK_IN")).isTrue();
        assertThat(missing.checked("burdens", "REPEATED_REPORTING")).isTrue();
        assertThat(missing.checked("burdens", "ONLINE_TIME")).isFalse();
        assertThat(missing.checked("anonymous", "true")).isTrue();
        assertThat(missing.textarea("comment")).isEqualTo(comment);

        // 3. A rating of 0 likewise; and a rating that is not a number is kept with a message beside it.
        Page zero = observer.submit(missing, ratePath, new FormData().add("rating", "0")
                .add("burdens", "CHECK_IN").add("comment", comment));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.notesOf("rating")).isEqualTo("请打 1 到 5 分");
        Page notANumber = observer.submit(zero, ratePath, new FormData().add("rating", "五星"));
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.notesOf("rating")).contains("五星");
        Page badBurden = observer.submit(zero, ratePath, new FormData().add("rating", "3").add("burdens", "NO_SUCH"));
        assertThat(badBurden.status()).isEqualTo(400);
        assertThat(badBurden.notesOf("burdens")).isEqualTo("请在列表中选择负担类别");
        assertThat(badBurden.checked("rating", "3")).isTrue();
        assertThat(api.as("observer.wuhan").get("/api/apps/" + appId + "/evaluations").expectJson(200).json()
                .path("total").asLong()).as("nothing recorded yet").isZero();

        // 4. Rated 4 with two burdens, anonymously: the receipt says it was received and what happens next; the case
        //    page shows the average.
        Page rated = observer.submit(zero, ratePath, new FormData().add("rating", "4")
                .add("burdens", "CHECK_IN").add("burdens", "REPEATED_REPORTING").add("_burdens", "on")
                .add("comment", comment).add("anonymous", "true").add("_anonymous", "on"));
        assertThat(rated.status()).isEqualTo(200);
        assertThat(rated.path()).matches(casePath + "/evaluations/\\d+");
        assertThat(rated.textOfId("received-title")).isEqualTo("已收到您的评价");
        assertThat(rated.text()).contains("您对“" + name + "”的评价已于", "已计入该应用的评价", "4 分", "强制打卡签到",
                "达到 5 人时").doesNotContain("已自动挂账");
        assertThat(rated.html()).contains("id=\"back-home\" href=\"/home\"", "href=\"" + casePath + "\"");
        assertThat(observer.get(rated.path()).textOfId("received-title")).as("a receipt may be reloaded")
                .isEqualTo("已收到您的评价");
        assertThat(Browser.loggedIn(port, "supervisor.wuhan").get(rated.path()).status())
                .as("nobody else's receipt").isEqualTo(404);
        Page afterRating = observer.get(casePath);
        assertThat(afterRating.textOfId("rating-summary")).isEqualTo("平均 4.0 分，共 1 条评价");
        String mine = section(afterRating, "evaluations");
        assertThat(mine).contains("4 分", "强制打卡签到", "重复填表报数", comment, "observer.wuhan（匿名）");

        // 5. A second rating moves the average.
        Page second = observer.submit(observer.get(ratePath), ratePath, new FormData().add("rating", "1")
                .add("_burdens", "on").add("comment", "").add("_anonymous", "on"));
        assertThat(second.textOfId("received-title")).isEqualTo("已收到您的评价");
        assertThat(observer.get(casePath).textOfId("rating-summary")).isEqualTo("平均 2.5 分，共 2 条评价");

        // 6. The owner unit sees the anonymous report without its reporter, and may not rate its own app.
        Browser owner = Browser.loggedIn(port, "applicant.wuhan");
        Page ownerCase = owner.get(casePath);
        String ownerView = section(ownerCase, "evaluations");
        assertThat(ownerView).contains("平均 2.5 分，共 2 条评价", "匿名评价", comment, "observer.wuhan")
                .containsOnlyOnce("observer.wuhan");
        assertThat(ownerCase.html()).doesNotContain("href=\"" + ratePath + "\"");
        Page ownerForm = owner.get(ratePath);
        assertThat(ownerForm.status()).isEqualTo(403);
        assertThat(ownerForm.text()).contains("只有基层观察员或应用服务对象范围内的用户可以评价此应用");

        // The supervisor sees who reported it.
        assertThat(section(Browser.loggedIn(port, "supervisor.wuhan").get(casePath), "evaluations"))
                .contains("observer.wuhan（匿名）", comment);

        // 7. Outside one's jurisdiction the app is not found; operators do not rate.
        assertThat(Browser.loggedIn(port, "applicant.yichang").get(ratePath).status()).isEqualTo(404);
        assertThat(Browser.loggedIn(port, "admin").get(ratePath).status()).isEqualTo(403);
        assertThat(observer.get("/apps/999999999/evaluate").status()).isEqualTo(404);
    }

    @Test
    void theFifthBurdenReporterOpensALedgerItemAndTheNoticeSaysSo() {
        String name = FormJson.uniqueName("负担阈值城管通");
        long appId = filedWuhanApp(name);
        String hash = encoder.encode(OBSERVER_PASSWORD);
        for (int i = 0; i < 4; i++) {
            String username = "pageobs" + System.nanoTime() + "x" + i;
            accounts.save(new UserAccount(username, hash, "页面测试观察员" + i, "420102001001-001", "420100", true,
                    Set.of("OBSERVER")));
            api.as(username, OBSERVER_PASSWORD).post("/api/apps/" + appId + "/evaluations",
                    Map.of("rating", 2, "burdens", List.of("ONLINE_TIME"), "anonymous", false)).expectJson(201);
        }

        Browser observer = Browser.loggedIn(port, "observer.wuhan");
        String ratePath = "/apps/" + appId + "/evaluate";
        Page rated = observer.submit(observer.get(ratePath), ratePath, new FormData().add("rating", "1")
                .add("burdens", "ONLINE_TIME").add("burdens", "NOTIFICATION_OVERLOAD").add("comment", "在线时长排名")
                .add("_anonymous", "on"));
        assertThat(rated.path()).startsWith("/apps/" + appId + "/evaluations/");
        assertThat(rated.text()).contains("已收到您的评价", "反映负担的人数已达到阈值，系统已自动挂账", "待整改");
        assertThat(observer.get("/apps/" + appId).textOfId("rating-summary")).isEqualTo("平均 1.8 分，共 5 条评价");

        // The item is on the case page for the supervisor, from the evaluations.
        Page supervisorCase = Browser.loggedIn(port, "supervisor.wuhan").get("/apps/" + appId);
        assertThat(section(supervisorCase, "ledger")).contains("违反“五个不得”", "待整改", "评价反馈")
                .doesNotContain("本应用没有台账事项");
    }
}
