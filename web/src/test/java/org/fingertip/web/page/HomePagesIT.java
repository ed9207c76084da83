package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.fingertip.db.user.UserAccount;
import org.fingertip.db.user.UserAccounts;
import org.fingertip.registry.evaluation.EvaluationSettings;
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
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The home pages of the applicant and the observer over real HTTP with the demo users: "/" sends both there; the
 * applicant's counts are the totals of the app list they link to, its tasks the first of its inbox with their due
 * dates, never another unit's; the observer's list holds exactly what it may rate, and after a burden report that
 * crosses the threshold its report shows as received with the ledger item it opened, until that item's outcome; the
 * forms carry the attributes of the browser's copy, and a form posted after the session expired leads back to its
 * page through the login, with nothing done.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomePagesIT {
    private static final Pattern STATUS_FIGURE = Pattern.compile(
            "data-status=\"(\\w+)\">\\s*<dt>[^<]*</dt>\\s*<dd><a class=\"figure\" href=\"(/apps\\?status=\\w+)\">(\\d+)</a>");
    private static final Pattern LIST_COUNT = Pattern.compile("<p class=\"count\">共 (\\d+) 个</p>");
    private static final Pattern TASK_ROW = Pattern.compile(
            "<tr class=\"task due-(\\w+)\" data-task=\"([^\"]+)\"(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern RATE_LINK = Pattern.compile("href=\"/apps/(\\d+)/evaluate\"");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String OBSERVER_PASSWORD = "Observer@2026";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    EvaluationSettings evaluationSettings;
    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    ApiClient api;
    FilingSteps steps;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        steps = new FilingSteps(api);
    }

    private long filed(String applicant, String unitCode, String name, String audience, String cityReviewer) {
        com.fasterxml.jackson.databind.node.ObjectNode form = FormJson.complete(unitCode, name);
        form.put("audience", audience);
        long appId = steps.createAndSubmit(applicant, form);
        steps.approve(cityReviewer, appId, "FIRST_REVIEW");
        steps.approve("reviewer.hubei", appId, "PROVINCIAL_REVIEW");
        assertThat(steps.status(applicant, appId)).isEqualTo("FILED");
        return appId;
    }

    /** Submitted and sent back by the city's reviewer: the applicant's unit has a task to revise it. */
    private long returned(String applicant, String unitCode, String name, String cityReviewer) {
        long appId = steps.createAndSubmit(applicant, FormJson.complete(unitCode, name));
        String taskId = steps.task(cityReviewer, appId, "FIRST_REVIEW").path("id").asText();
        steps.decide(cityReviewer, taskId, FormJson.returnWith("请补正经办人信息", "handler", "请更正经办人电话"));
        assertThat(steps.status(applicant, appId)).isEqualTo("RETURNED");
        return appId;
    }

    private static String section(Page page, String id) {
        String html = page.html();
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section %s on %s", id, page).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static List<String> taskIds(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = TASK_ROW.matcher(html);
        while (m.find()) {
            ids.add(m.group(2));
        }
        return ids;
    }

    @Test
    void rootSendsTheApplicantAndTheObserverHomeAndOthersKeepTheirPages() {
        assertThat(Browser.loggedIn(port, "applicant.wuhan").get("/").path()).isEqualTo("/home");
        assertThat(Browser.loggedIn(port, "observer.wuhan").get("/").path()).isEqualTo("/home");
        assertThat(Browser.loggedIn(port, "reviewer.wuhan").get("/").path()).isEqualTo("/inbox");
        assertThat(Browser.loggedIn(port, "supervisor.wuhan").get("/").path()).isEqualTo("/dashboard");
        Page reviewersHome = Browser.loggedIn(port, "reviewer.wuhan").get("/home");
        assertThat(reviewersHome.status()).isEqualTo(403);
        assertThat(Browser.anonymous(port).get("/home").path()).isEqualTo("/login");
        // the navigation's 首页 appears for the two roles only
        assertThat(Browser.loggedIn(port, "observer.wuhan").get("/home").html()).contains("href=\"/home\"");
        assertThat(Browser.loggedIn(port, "reviewer.wuhan").get("/inbox").html()).doesNotContain("href=\"/home\"");
    }

    @Test
    void theApplicantSeesItsUnitsCountsAsTheListsTotalsAndItsOwnOpenTasksWithDueDates() {
        long revise = returned("applicant.wuhan", "420100-007", FormJson.uniqueName("首页补正城管通"), "reviewer.wuhan");
        long yichangRevise = returned("applicant.yichang", "420500-003", FormJson.uniqueName("首页补正宜昌人社"),
                "reviewer.yichang");
        steps.create("applicant.yichang", FormJson.complete("420500-003", FormJson.uniqueName("宜昌草稿")));

        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        Page home = applicant.get("/home");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.text()).contains("首页", "本单位的应用", "待我处理");
        assertThat(home.html()).contains("id=\"new-filing\" href=\"/apps/new\"");

        // every count is the total of the list it links to; together they are the whole list
        String myApps = section(home, "my-apps");
        Matcher figure = STATUS_FIGURE.matcher(myApps);
        long sum = 0;
        List<String> statuses = new ArrayList<>();
        while (figure.find()) {
            statuses.add(figure.group(1));
            long count = Long.parseLong(figure.group(3));
            Matcher total = LIST_COUNT.matcher(applicant.get(figure.group(2)).html());
            assertThat(total.find()).as(figure.group(2)).isTrue();
            assertThat(count).as("%s on the home page and on %s", figure.group(1), figure.group(2))
                    .isEqualTo(Long.parseLong(total.group(1)));
            sum += count;
        }
        assertThat(statuses).contains("RETURNED", "FILED");
        Matcher all = LIST_COUNT.matcher(applicant.get("/apps").html());
        assertThat(all.find()).isTrue();
        assertThat(sum).isEqualTo(Long.parseLong(all.group(1)));
        assertThat(Page.text(myApps)).contains("本单位共 " + sum + " 个应用");

        // the tasks are the first of the inbox, in its order, each with a due date; the returned app's among them
        String tasks = section(home, "my-tasks");
        List<String> onHome = taskIds(tasks);
        List<String> inInbox = taskIds(applicant.get("/inbox").html());
        assertThat(onHome).isNotEmpty().hasSizeLessThanOrEqualTo(10)
                .isEqualTo(inInbox.subList(0, Math.min(10, inInbox.size())));
        Matcher row = TASK_ROW.matcher(tasks);
        while (row.find()) {
            assertThat(DATE.matcher(Page.text(row.group(3))).find()).as("due date of %s", row.group(2)).isTrue();
            assertThat(row.group(1)).as("the inbox's due-state class").isIn("on_time", "due_soon", "overdue");
        }
        String reviseTask = steps.task("applicant.wuhan", revise, "REVISE").path("id").asText();
        assertThat(applicant.inboxPageWith("data-task=\"" + reviseTask + "\"").status()).isEqualTo(200);
        assertThat(Page.text(tasks)).containsPattern("查看全部待办（\\d+）");

        // never another unit's: neither its task, nor its apps in the counts
        String yichangTask = steps.task("applicant.yichang", yichangRevise, "REVISE").path("id").asText();
        assertThat(home.html()).doesNotContain(yichangTask).doesNotContain("首页补正宜昌人社");
        Matcher appLink = Pattern.compile("href=\"/apps/(\\d+)\"").matcher(tasks);
        while (appLink.find()) {
            assertThat(applicant.get("/apps/" + appLink.group(1)).status()).as("app %s is the unit's own",
                    appLink.group(1)).isEqualTo(200);
        }
        Page yichangHome = Browser.loggedIn(port, "applicant.yichang").get("/home");
        assertThat(taskIds(section(yichangHome, "my-tasks"))).doesNotContain(reviseTask);
        assertThat(section(yichangHome, "my-apps")).contains("data-status=\"DRAFT\"");
        // an applicant has no observer's section, and the reverse
        assertThat(home.html()).doesNotContain("id=\"rateable\"");
    }

    @Test
    void theObserverSeesOnlyWhatItMayRateAndItsReportWithTheLedgerItemItOpened() {
        String wuhanName = FormJson.uniqueName("首页评价城管通");
        long wuhanApp = filed("applicant.wuhan", "420100-007", wuhanName, "INTERNAL", "reviewer.wuhan");
        String publicName = FormJson.uniqueName("首页宜昌公众服务");
        long yichangPublic = filed("applicant.yichang", "420500-003", publicName, "PUBLIC", "reviewer.yichang");
        String internalName = FormJson.uniqueName("首页宜昌内部办公");
        filed("applicant.yichang", "420500-003", internalName, "INTERNAL", "reviewer.yichang");
        String draftName = FormJson.uniqueName("首页武汉草稿");
        steps.create("applicant.wuhan", FormJson.complete("420100-007", draftName));

        Browser observer = Browser.loggedIn(port, "observer.wuhan");
        Page home = observer.get("/home");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.text()).contains("我可以评价的应用", "我的反映");
        assertThat(home.html()).doesNotContain("id=\"my-apps\"");
        // its jurisdiction's app, and another city's public app (its unit is in that audience)
        assertThat(section(observer.get("/home?q=" + FilingApiEncoding.encode(wuhanName)), "rateable"))
                .contains("href=\"/apps/" + wuhanApp + "/evaluate\"");
        assertThat(section(observer.get("/home?q=" + FilingApiEncoding.encode(publicName)), "rateable"))
                .contains("href=\"/apps/" + yichangPublic + "/evaluate\"");
        // not another city's internal app, nor a draft
        assertThat(RATE_LINK.matcher(section(observer.get("/home?q=" + FilingApiEncoding.encode(internalName)),
                "rateable")).find()).isFalse();
        assertThat(RATE_LINK.matcher(section(observer.get("/home?q=" + FilingApiEncoding.encode(draftName)),
                "rateable")).find()).isFalse();
        // whatever the first page lists, the observer may open its rating form
        Matcher listed = RATE_LINK.matcher(section(home, "rateable"));
        int checked = 0;
        while (listed.find() && checked++ < 5) {
            assertThat(observer.get("/apps/" + listed.group(1) + "/evaluate").status()).isEqualTo(200);
        }
        assertThat(checked).isPositive();

        // a report without burdens: received, and counted
        String ratePath = "/apps/" + wuhanApp + "/evaluate";
        Page plain = observer.submit(observer.get(ratePath), ratePath, new FormData().add("rating", "4")
                .add("_burdens", "on").add("comment", "").add("_anonymous", "on"));
        assertThat(plain.textOfId("received-title")).isEqualTo("已收到您的评价");

        // other users reach one below the threshold; the observer's burden report crosses it
        int threshold = evaluationSettings.threshold();
        String hash = encoder.encode(OBSERVER_PASSWORD);
        for (int i = 0; i < threshold - 1; i++) {
            String username = "homeobs" + System.nanoTime() + "x" + i;
            accounts.save(new UserAccount(username, hash, "首页测试观察员" + i, "420102001001-001", "420100", true,
                    Set.of("OBSERVER")));
            api.as(username, OBSERVER_PASSWORD).post("/api/apps/" + wuhanApp + "/evaluations",
                    Map.of("rating", 2, "burdens", List.of("CHECK_IN"), "anonymous", false)).expectJson(201);
        }
        Page alarm = observer.submit(observer.get(ratePath), ratePath, new FormData().add("rating", "1")
                .add("burdens", "CHECK_IN").add("_burdens", "on").add("comment", "每天截图打卡")
                .add("_anonymous", "on"));
        assertThat(alarm.text()).contains("已收到您的评价", "系统已自动挂账", "待整改");
        assertThat(alarm.html()).contains("id=\"back-home\" href=\"/home\"");
        JsonNode items = api.as("supervisor.wuhan").get("/api/ledger?size=200&department=420100-007&open=true")
                .expectJson(200).json().path("items");
        long itemId = -1;
        for (JsonNode item : items) {
            if (item.path("appId").asLong() == wuhanApp) {
                itemId = item.path("id").asLong();
            }
        }
        assertThat(itemId).as("the ledger item the alarm opened").isPositive();

        // on the home page: newest first, the burden report with its ledger item, the plain one counted
        String reports = section(observer.get("/home"), "my-reports");
        String newest = Page.text(reports.substring(0, reports.indexOf("</li>")));
        assertThat(newest).contains(wuhanName, "1 分", "强制打卡签到", "已收到", "已挂账整改（台账事项 " + itemId + "）",
                "待整改");
        String second = Page.text(reports.substring(reports.indexOf("</li>") + 5));
        assertThat(second).contains(wuhanName, "4 分", "已收到，已计入该应用的评价");

        // the item is fixed and verified: the report shows its outcome
        api.as("applicant.wuhan").post("/api/ledger/" + itemId + "/report-fixed",
                Map.of("evidence", "已删除打卡功能")).expectJson(200);
        api.as("reviewer.wuhan").post("/api/ledger/" + itemId + "/verify",
                Map.of("accepted", true, "comment", "核验通过，打卡入口已删除")).expectJson(200);
        String closed = Page.text(section(observer.get("/home"), "my-reports"));
        assertThat(closed).contains("台账事项 " + itemId, "已销号", "整改结果：核验通过，打卡入口已删除");
    }

    @Test
    void theFormsCarryTheirDraftKeysAndVersions() {
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        Page blank = applicant.get("/apps/new");
        String form = blank.form("/apps/new");
        assertThat(form).contains("data-draft-key=\"filing:applicant.wuhan:new\"", "data-draft-version=\"0\"",
                "data-draft-restored=\"已恢复您在本机上次未提交的填写内容，请核对后保存。\"",
                "data-draft-discard=\"放弃恢复，显示已保存的内容\"");

        Page saved = applicant.submit(blank, "/apps/new", FilingForms.complete(FilingForms.uniqueName("草稿键应用")));
        Matcher edit = Pattern.compile("/apps/(\\d+)/edit").matcher(saved.path());
        assertThat(edit.matches()).as(saved.path()).isTrue();
        long id = Long.parseLong(edit.group(1));
        // the page after the save names the new form's copy, which the browser then drops
        assertThat(saved.html()).contains("data-draft-saved=\"filing:applicant.wuhan:new\"");
        String editForm = saved.form("/apps/" + id + "/edit");
        assertThat(editForm).contains("data-draft-key=\"filing:applicant.wuhan:" + id + "\"");
        Matcher version = Pattern.compile("data-draft-version=\"(\\d+)\"").matcher(editForm);
        assertThat(version.find()).isTrue();
        assertThat(Integer.parseInt(version.group(1))).as("the saved app's version").isPositive();
        // saved again: a higher version, so a copy typed on the earlier one is dropped by the browser
        Page savedAgain = applicant.submit(saved, "/apps/" + id + "/edit",
                FilingForms.complete(FilingForms.uniqueName("草稿键应用改")));
        Matcher newer = Pattern.compile("data-draft-version=\"(\\d+)\"").matcher(savedAgain.form("/apps/" + id
                + "/edit"));
        assertThat(newer.find()).isTrue();
        assertThat(Integer.parseInt(newer.group(1))).isGreaterThan(Integer.parseInt(version.group(1)));
        assertThat(applicant.get("/apps/" + id + "/edit").html()).as("only once, after the save")
                .doesNotContain("data-draft-saved");
    }

    @Test
    void aFormPostedAfterTheSessionExpiredLeadsBackToItsPageThroughTheLoginAndNothingIsSaved() {
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        Page blank = applicant.get("/apps/new");
        String name = FilingForms.uniqueName("会话过期应用");
        sessions.findByPrincipalName("applicant.wuhan").keySet().forEach(sessions::deleteById);

        Page after = applicant.submit(blank, "/apps/new", FilingForms.complete(name));
        assertThat(after.path()).as("not a 403: the login, then the form again").isEqualTo("/login");
        Page again = applicant.submit(after, "/login", new FormData().add("username", "applicant.wuhan")
                .add("password", org.fingertip.web.demo.DemoData.DEMO_PASSWORD));
        assertThat(again.path()).startsWith("/apps/new");
        assertThat(again.form("/apps/new")).contains("data-draft-key=\"filing:applicant.wuhan:new\"");
        assertThat(api.as("applicant.wuhan").get("/api/apps?q=" + FilingApiEncoding.encode(name)).expectJson(200)
                .json().path("total").asLong()).as("nothing was saved").isZero();

        // a post without a token in a live session is still refused
        assertThat(applicant.post("/apps/new", FilingForms.complete(name)).status()).isEqualTo(403);
    }

    /** Query values as the pages' links encode them. */
    private static final class FilingApiEncoding {
        static String encode(String s) {
            return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
