package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fingertip.web.FingertipApplication;
import org.fingertip.web.page.Browser.FormData;
import org.fingertip.web.page.Browser.Page;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.FilingSteps;
import org.fingertip.web.support.FormJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The re-check (回头看) of one app through the pages, over real HTTP with the real templates: a supervisor starts it
 * from the case page; the owner unit answers the self-inspection from its inbox; the city reviewer overrides the
 * computed verdict with a reason and the app is filed again. A zombie's exit is confirmed, appealed and the appeal
 * upheld. Messages stand beside their fields with what was typed kept; another unit's applicant and another city's
 * reviewer do not find the page, an observer may not open it.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecheckPagesIT {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    ApiClient api;
    FilingSteps steps;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        steps = new FilingSteps(api);
    }

    /** A new app of applicant.wuhan's unit, filed through the API; returns its id. */
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

    /** The text of the inbox row that links to this address. */
    private static String inboxRowLinking(Page inbox, String href) {
        Matcher row = Pattern.compile("<tr[^>]*data-task=[^>]*>((?:(?!</tr>).)*href=\"" + Pattern.quote(href)
                + "\".*?)</tr>", Pattern.DOTALL).matcher(inbox.html());
        assertThat(row.find()).as("an inbox row linking to %s", href).isTrue();
        return Page.text(row.group(1));
    }

    @Test
    void aSupervisorStartsTheOwnerAnswersAndTheReviewerKeepsTheAppWithAReason() {
        String name = FormJson.uniqueName("复核页面城管通");
        long appId = filedWuhanApp(name);
        String casePath = "/apps/" + appId;
        String recheckPath = casePath + "/recheck";

        // 1. The supervisor starts it from the case page, after confirming; a second start is the 409 page.
        Browser supervisor = Browser.loggedIn(port, "supervisor.wuhan");
        Page casePage = supervisor.get(casePath);
        assertThat(section(casePage, "recheck")).contains("复核（回头看）", "发起复核", "10 个工作日", "确认发起复核");
        Page none = supervisor.get(recheckPath);
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.text()).contains("复核（回头看）：" + name, "当前没有进行中的复核", "确认发起复核");
        Page started = supervisor.submit(casePage, recheckPath, new FormData());
        assertThat(started.path()).isEqualTo(recheckPath);
        assertThat(started.text()).contains("已发起复核，等待主办单位自查自评", "督查发起", "supervisor.wuhan",
                "复核自查自评", "尚未提交", "尚未研判");
        assertThat(started.textOfId("recheck-state")).isEqualTo("自查自评");
        assertThat(started.textOfId("app-status")).isEqualTo("复核中");
        assertThat(started.textOfId("recheck-task")).isEqualTo("复核自查自评");
        assertThat(section(started, "recheck-summary")).containsPattern("期限 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(started.hasForm(recheckPath)).as("no second start button").isFalse();
        assertThat(started.hasForm(recheckPath + "/self-inspection")).as("the supervisor answers nothing").isFalse();
        Page again = supervisor.submit(none, recheckPath, new FormData());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).contains("当前状态不允许此操作", "已在复核中");
        assertThat(section(supervisor.get(casePath), "recheck")).contains("督查发起", "自查自评", "查看复核");

        // 2. The owner unit finds the self-inspection in its inbox; a missing statement is refused beside it.
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        Page inbox = applicant.inboxPageWith("href=\"" + recheckPath + "\"");
        assertThat(inboxRowLinking(inbox, recheckPath)).contains("复核自查自评", name, "办理复核");
        Page ownerView = applicant.get(recheckPath);
        assertThat(section(ownerView, "self-inspection")).contains("自查自评", "保留", "限期整改", "整合并入平台",
                "关停退出", "自查说明", "提交自查自评");
        assertThat(ownerView.hasForm(recheckPath + "/confirm")).isFalse();

        Page noStatement = applicant.submit(ownerView, recheckPath + "/self-inspection", new FormData()
                .add("proposal", "RECTIFY").add("statement", "   "));
        assertThat(noStatement.status()).isEqualTo(422);
        assertThat(noStatement.notesOf("statement")).isEqualTo("请填写自查说明");
        assertThat(noStatement.checked("proposal", "RECTIFY")).as("the proposal is kept").isTrue();
        assertThat(noStatement.textOfId("error-summary")).contains("有 1 处需要修改");
        assertThat(noStatement.textOfId("recheck-state")).isEqualTo("自查自评");

        String statement = "首页仍有签到入口，拟限期整改" + appId;
        Page noProposal = applicant.submit(noStatement, recheckPath + "/self-inspection", new FormData()
                .add("statement", statement));
        assertThat(noProposal.status()).isEqualTo(400);
        assertThat(noProposal.notesOf("proposal")).isEqualTo("请选择自查结论");
        assertThat(noProposal.textarea("statement")).as("the statement is kept").isEqualTo(statement);

        Page tampered = applicant.submit(noProposal, recheckPath + "/self-inspection", new FormData()
                .add("proposal", "DELETE_IT").add("statement", statement));
        assertThat(tampered.status()).isEqualTo(400);
        assertThat(tampered.notesOf("proposal")).contains("DELETE_IT");

        Page answered = applicant.submit(tampered, recheckPath + "/self-inspection", new FormData()
                .add("proposal", "RECTIFY").add("statement", statement));
        assertThat(answered.path()).isEqualTo(recheckPath);
        assertThat(answered.text()).contains("已提交自查自评，等待网信部门确认复核结论", statement, "applicant.wuhan");
        assertThat(answered.textOfId("recheck-state")).isEqualTo("待确认结论");
        assertThat(answered.textOfId("recheck-statement")).isEqualTo(statement);
        assertThat(section(answered, "recheck-summary")).contains("研判结论", "限期整改", "自查提出整改",
                "主办单位自查自评提出整改。");
        assertThat(answered.hasForm(recheckPath + "/self-inspection")).as("answered once").isFalse();
        assertThat(answered.hasForm(recheckPath + "/confirm")).isFalse();

        // 3. The province looks; the verdict is the city office's to confirm.
        Page province = Browser.loggedIn(port, "reviewer.hubei").get(recheckPath);
        assertThat(province.status()).isEqualTo(200);
        assertThat(province.hasForm(recheckPath + "/confirm")).isFalse();
        assertThat(province.textOfId("reviewer-read-only")).isEqualTo("复核结论由 420100 网信部门审核员确认，您只能查看");

        // 4. The city reviewer: the computed verdict is preselected; another one without a reason is refused.
        Browser reviewer = Browser.loggedIn(port, "reviewer.wuhan");
        Page reviewerInbox = reviewer.inboxPageWith("href=\"" + recheckPath + "\"");
        assertThat(inboxRowLinking(reviewerInbox, recheckPath)).contains("确认复核结论", name, "办理复核");
        Page toConfirm = reviewer.get(recheckPath);
        assertThat(toConfirm.checked("verdict", "RECTIFY")).as("the computed verdict preselected").isTrue();
        assertThat(section(toConfirm, "confirm")).contains("按事实研判的结论为“限期整改”", "改变研判结论的理由");
        assertThat(section(toConfirm, "recheck-facts")).contains("今日事实", "有使用数据的月份", "0 个月", "未知",
                "反映负担的观察员");

        Page noReason = reviewer.submit(toConfirm, recheckPath + "/confirm", new FormData()
                .add("verdict", "KEEP").add("overrideReason", ""));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.notesOf("overrideReason")).isEqualTo("请填写改变研判结论的理由");
        assertThat(noReason.notesOf("verdict")).isEmpty();
        assertThat(noReason.checked("verdict", "KEEP")).as("the chosen verdict is kept").isTrue();
        assertThat(noReason.textOfId("recheck-state")).isEqualTo("待确认结论");

        Page noVerdict = reviewer.submit(noReason, recheckPath + "/confirm", new FormData()
                .add("overrideReason", "现场核查"));
        assertThat(noVerdict.status()).isEqualTo(400);
        assertThat(noVerdict.notesOf("verdict")).isEqualTo("请选择复核结论");
        assertThat(noVerdict.checked("verdict", "RECTIFY")).as("a refused form stays as sent").isFalse();
        assertThat(noVerdict.textarea("overrideReason")).isEqualTo("现场核查");

        String reason = "现场核查签到入口已下线" + appId;
        Page kept = reviewer.submit(noVerdict, recheckPath + "/confirm", new FormData()
                .add("verdict", "KEEP").add("overrideReason", reason));
        assertThat(kept.path()).matches(Pattern.quote(recheckPath) + "\\?recheck=\\d+");
        assertThat(kept.text()).contains("复核已办结：予以保留", reason);
        assertThat(kept.textOfId("recheck-state")).isEqualTo("已办结");
        assertThat(kept.textOfId("recheck-override")).isEqualTo(reason);
        assertThat(kept.textOfId("app-status")).isEqualTo("已备案");
        assertThat(kept.hasForm(recheckPath + "/confirm")).isFalse();
        assertThat(section(kept, "recheck-steps")).containsSubsequence(
                "启动复核", "新建 → 自查自评", "supervisor.wuhan", "督查发起",
                "提交自查", "自查自评 → 自查自评", "applicant.wuhan", statement,
                "研判", "自查自评 → 待确认结论", "系统", "限期整改",
                "确认结论", "待确认结论 → 已办结", "reviewer.wuhan", reason);

        // 5. KEEP returned the app to FILED; nothing runs, and the supervisor may start the next one.
        assertThat(applicant.get(casePath).textOfId("case-status")).isEqualTo("已备案");
        assertThat(steps.status("applicant.wuhan", appId)).isEqualTo("FILED");
        assertThat(reviewer.get(recheckPath).text()).contains("当前没有进行中的复核");
        assertThat(supervisor.get(casePath).hasForm(recheckPath)).isTrue();
    }

    @Test
    void aZombiesExitIsConfirmedAppealedAndTheAppealUpheld() {
        String name = FormJson.uniqueName("僵尸城管通");
        long appId = filedWuhanApp(name);
        String recheckPath = "/apps/" + appId + "/recheck";
        // seven full months of near-zero use, and no update for 400 days
        YearMonth thisMonth = YearMonth.now(SHANGHAI);
        String longAgo = LocalDate.now(SHANGHAI).minusDays(400).toString();
        for (int i = 1; i <= 7; i++) {
            api.as("applicant.wuhan").put("/api/apps/" + appId + "/usage/" + thisMonth.minusMonths(i),
                    Map.of("monthlyActiveUsers", 1, "audienceSize", 100000, "lastUpdate", longAgo,
                            "lastPost", longAgo, "servicesAnswer", true)).expectJson(200);
        }
        api.as("supervisor.wuhan").post(recheckPath.replace("/apps/", "/api/apps/")).expectJson(201);

        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        Page answered = applicant.submit(applicant.get(recheckPath), recheckPath + "/self-inspection", new FormData()
                .add("proposal", "KEEP").add("statement", "仍有少量用户，拟保留"));
        assertThat(answered.textOfId("recheck-state")).isEqualTo("待确认结论");

        // The reviewer confirms the computed exit: a zombie gets its appeal window.
        Browser reviewer = Browser.loggedIn(port, "reviewer.wuhan");
        Page toConfirm = reviewer.get(recheckPath);
        assertThat(section(toConfirm, "recheck-summary")).contains("关停退出", "僵尸应用",
                "长期未更新（公众号长期未发布内容），且统计期内几乎无人使用。");
        assertThat(section(toConfirm, "recheck-facts")).contains("400 天", "7 个月", "0.00%");
        assertThat(toConfirm.checked("verdict", "EXIT")).isTrue();
        Page window = reviewer.submit(toConfirm, recheckPath + "/confirm", new FormData()
                .add("verdict", "EXIT").add("overrideReason", ""));
        assertThat(window.path()).isEqualTo(recheckPath);
        assertThat(window.text()).contains("已确认关停退出；僵尸应用申辩期开始", "申辩期至");
        assertThat(window.textOfId("recheck-state")).isEqualTo("僵尸应用申辩期");
        assertThat(window.textOfId("app-status")).isEqualTo("复核中");
        assertThat(window.hasForm(recheckPath + "/appeal")).as("the reviewer does not appeal").isFalse();

        // The owner appeals; an empty appeal is refused beside it.
        Page appealPage = applicant.get(recheckPath);
        assertThat(section(appealPage, "appeal")).contains("本应用被认定为僵尸应用", "提交申辩");
        Page empty = applicant.submit(appealPage, recheckPath + "/appeal", new FormData().add("text", ""));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.notesOf("text")).isEqualTo("请填写申辩理由");
        String appeal = "上月已发布新版本，窗口服务仍依赖本应用" + appId;
        Page appealed = applicant.submit(empty, recheckPath + "/appeal", new FormData().add("text", appeal));
        assertThat(appealed.path()).isEqualTo(recheckPath);
        assertThat(appealed.text()).contains("已提交申辩，等待网信部门决定");
        assertThat(appealed.textOfId("recheck-state")).isEqualTo("申辩待决");
        assertThat(appealed.textOfId("recheck-appeal")).isEqualTo(appeal);
        assertThat(appealed.hasForm(recheckPath + "/appeal")).isFalse();

        // The reviewer decides from its inbox: a decision and a reason are both required.
        Page inbox = reviewer.inboxPageWith("href=\"" + recheckPath + "\"");
        assertThat(inboxRowLinking(inbox, recheckPath)).contains("僵尸应用申辩决定", name);
        Page toDecide = reviewer.get(recheckPath);
        String decide = recheckPath + "/decide-appeal";
        Page noChoice = reviewer.submit(toDecide, decide, new FormData().add("reason", "核实已更新"));
        assertThat(noChoice.status()).isEqualTo(400);
        assertThat(noChoice.notesOf("upheld")).isEqualTo("请选择申辩是否成立");
        assertThat(noChoice.textarea("reason")).isEqualTo("核实已更新");
        Page noReason = reviewer.submit(noChoice, decide, new FormData().add("upheld", "true").add("reason", ""));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.notesOf("reason")).isEqualTo("请填写决定理由");
        assertThat(noReason.checked("upheld", "true")).isTrue();

        Page upheld = reviewer.submit(noReason, decide, new FormData().add("upheld", "true")
                .add("reason", "核实已更新，仍在使用"));
        assertThat(upheld.path()).matches(Pattern.quote(recheckPath) + "\\?recheck=\\d+");
        assertThat(upheld.text()).contains("申辩成立，应用予以保留", "核实已更新，仍在使用");
        assertThat(upheld.textOfId("recheck-state")).isEqualTo("已办结");
        assertThat(upheld.textOfId("app-status")).isEqualTo("已备案");
        assertThat(section(upheld, "recheck-steps")).containsSubsequence("确认结论", "待确认结论 → 僵尸应用申辩期",
                "申辩", "僵尸应用申辩期 → 申辩待决", appeal, "申辩成立", "申辩待决 → 已办结", "reviewer.wuhan");
        assertThat(steps.status("applicant.wuhan", appId)).isEqualTo("FILED");
    }

    @Test
    void anotherUnitOrCityFindsNothingAndAnObserverIsForbidden() {
        String name = FormJson.uniqueName("他人不可见复核");
        long appId = filedWuhanApp(name);
        String recheckPath = "/apps/" + appId + "/recheck";
        api.as("supervisor.wuhan").post("/api/apps/" + appId + "/recheck").expectJson(201);

        Browser yichang = Browser.loggedIn(port, "applicant.yichang");
        Page foreign = yichang.get(recheckPath);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text()).contains("未找到", "返回首页").doesNotContain(name).doesNotContain("Whitelabel");
        Page foreignPost = yichang.post(recheckPath + "/self-inspection", new FormData()
                .add("_csrf", Page.csrfOf(foreign.form("/logout"))).add("proposal", "KEEP").add("statement", "冒名自查"));
        assertThat(foreignPost.status()).isEqualTo(404);
        assertThat(Browser.loggedIn(port, "reviewer.yichang").get(recheckPath).status()).isEqualTo(404);

        Browser observer = Browser.loggedIn(port, "observer.wuhan");
        Page forbidden = observer.get(recheckPath);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.text()).contains("无权访问", "您的角色无权执行此操作").doesNotContain("Whitelabel");
        Page observerCase = observer.get("/apps/" + appId);
        assertThat(observerCase.status()).isEqualTo(200);
        assertThat(observerCase.html()).doesNotContain("href=\"" + recheckPath + "\"");

        // A reviewer starts nothing (the role rule), and a re-check id that is not a number is a 400 page.
        Browser reviewer = Browser.loggedIn(port, "reviewer.wuhan");
        Page reviewerView = reviewer.get(recheckPath);
        assertThat(reviewerView.status()).isEqualTo(200);
        assertThat(reviewerView.textOfId("recheck-state")).isEqualTo("自查自评");
        Page start = reviewer.post(recheckPath, new FormData().add("_csrf", Page.csrfOf(reviewerView.form("/logout"))));
        assertThat(start.status()).isEqualTo(403);
        assertThat(reviewer.get(recheckPath + "?recheck=abc").status()).isEqualTo(400);
        // the owner may not confirm its own verdict: the role rule
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        Page ownerView = applicant.get(recheckPath);
        Page confirm = applicant.post(recheckPath + "/confirm", new FormData()
                .add("_csrf", Page.csrfOf(ownerView.form("/logout"))).add("verdict", "KEEP"));
        assertThat(confirm.status()).isEqualTo(403);
    }
}
