package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
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

/**
 * Clearance and exit (清理退出) through the pages, over real HTTP with the real templates and the demo users: the owner
 * unit plans its app's exit from the page, the city reviewer returns the plan and then approves it, the public reads
 * the notice without login, the offline date comes, the owner confirms delisting and files the deregistration, the
 * reviewer verifies, and the case says 已注销. A supervisor directs a shutdown with a deadline inside the notice period
 * and sees it moved with the reason; an integration migrates its users first. Messages stand beside their fields with
 * what was typed kept; another city's reviewer does not find the page, an observer may not open the list.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExitPagesIT {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String NOTICE = "本应用将于下线日期停止服务，相关事项请通过鄂汇办办理。";

    @LocalServerPort
    int port;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;

    ApiClient api;
    FilingSteps steps;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        steps = new FilingSteps(api);
    }

    /** A new app of applicant.wuhan's unit (listed in 华为应用市场 and 苹果 App Store), filed through the API. */
    private long filedWuhanApp(String name) {
        long appId = steps.createAndSubmit("applicant.wuhan", FormJson.complete("420100-007", name));
        steps.approve("reviewer.wuhan", appId, "FIRST_REVIEW");
        steps.approve("reviewer.hubei", appId, "PROVINCIAL_REVIEW");
        assertThat(steps.status("applicant.wuhan", appId)).isEqualTo("FILED");
        return appId;
    }

    private static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    /** A plan of a zombie app: its case records archived for 30 years, the accounts destroyed. */
    private static FormData plan(LocalDate offline) {
        return new FormData().add("reason", "ZOMBIE").add("replacement", "鄂汇办")
                .add("data[0].category", "办件记录").add("data[0].disposition", "ARCHIVE")
                .add("data[0].retentionYears", "30")
                .add("data[1].category", "用户账号").add("data[1].disposition", "DESTROY")
                .add("data[1].retentionYears", "")
                .add("data[2].category", "").add("data[2].disposition", "").add("data[2].retentionYears", "")
                .add("functionMoves[0].function", "").add("functionMoves[0].platformFunction", "")
                .add("userNotice", NOTICE).add("offlineDate", offline.toString()).add("action", "file");
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

    private static boolean selected(Page page, String value) {
        return Pattern.compile("<option value=\"" + Pattern.quote(value) + "\" selected=\"selected\"").matcher(page.html())
                .find();
    }

    private long exitIdOf(long appId) {
        return api.as("applicant.wuhan").get("/api/apps/" + appId + "/exit").expectJson(200).json().path("id").asLong();
    }

    /** Runs the exit's notice timer, as the job executor would at the offline date (it is off in tests). */
    private void offlineDateComes(long exitId) {
        String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("AppExitProcess").variableValueEquals("exitId", exitId)
                .singleResult().getId();
        Job notice = managementService.createJobQuery().processInstanceId(instance).timers()
                .activityId("Timer_NoticePeriod").singleResult();
        managementService.executeJob(notice.getId());
    }

    @Test
    void theOwnerPlansTheReviewerReturnsAndApprovesAndTheAppEndsDeregistered() {
        String name = FormJson.uniqueName("退出页面城管通");
        long appId = filedWuhanApp(name);
        String number = steps.app("applicant.wuhan", appId).path("filingNumber").asText();
        String casePath = "/apps/" + appId;
        String exitPath = casePath + "/exit";
        LocalDate earliest = today().plusDays(30);

        // 1. The owner finds "apply to exit" on the case page and the plan form on the exit page.
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        assertThat(section(applicant.get(casePath), "exit")).contains("清理退出", "申请退出");
        Page blank = applicant.get(exitPath);
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.text()).contains("清理退出：" + name, "该应用没有退出记录", "申请退出：提交退出方案", "僵尸应用",
                "空壳应用", "整合至统一平台", "归档保存", "销毁");
        assertThat(blank.textOfId("offline-earliest")).contains("30 天", earliest.toString());
        assertThat(blank.inputValue("data[2].category")).as("three blank data rows").isEmpty();
        assertThat(blank.inputValue("functionMoves[2].function")).as("three blank function rows").isEmpty();
        assertThat(blank.hasForm(exitPath + "/direct")).isFalse();

        // 2. A too-early offline date and an archive without its years: both beside their fields, all typed kept.
        Page refused = applicant.submit(blank, exitPath, plan(earliest.minusDays(1))
                .set("data[1].disposition", "ARCHIVE").set("data[1].category", "系统日志"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.notesOf("offlineDate")).contains("至少 30 天", "最早为 " + earliest);
        assertThat(refused.notesOf("data[1].retentionYears")).isEqualTo("归档保存须填写保存年限（1 至 100 年）");
        assertThat(refused.notesOf("data[0].retentionYears")).isEmpty();
        assertThat(refused.textOfId("error-summary")).contains("退出方案有 2 处需要修改");
        assertThat(refused.inputValue("offlineDate")).isEqualTo(earliest.minusDays(1).toString());
        assertThat(refused.inputValue("data[0].category")).isEqualTo("办件记录");
        assertThat(refused.inputValue("data[0].retentionYears")).isEqualTo("30");
        assertThat(refused.inputValue("data[1].category")).isEqualTo("系统日志");
        assertThat(refused.inputValue("replacement")).isEqualTo("鄂汇办");
        assertThat(refused.textarea("userNotice")).isEqualTo(NOTICE);
        assertThat(selected(refused, "ZOMBIE")).as("the reason is kept").isTrue();
        assertThat(refused.text()).as("nothing was started").contains("该应用没有退出记录");

        Page unreadable = applicant.submit(refused, exitPath, plan(earliest).set("data[0].retentionYears", "三十"));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.notesOf("data[0].retentionYears")).contains("三十");
        assertThat(unreadable.inputValue("data[0].retentionYears")).isEqualTo("三十");

        Page filed = applicant.submit(unreadable, exitPath, plan(earliest));
        assertThat(filed.path()).isEqualTo(exitPath);
        assertThat(filed.text()).contains("已提交退出方案，等待网信部门审核", "主办单位申请", "applicant.wuhan", "审核退出方案");
        assertThat(filed.textOfId("exit-state")).isEqualTo("退出方案审核中");
        assertThat(filed.textOfId("plan-reason")).isEqualTo("僵尸应用");
        assertThat(section(filed, "exit-plan")).contains("办件记录", "归档保存", "保存 30 年", "用户账号", "销毁", NOTICE,
                earliest.toString());
        assertThat(filed.hasForm(exitPath)).as("filed once").isFalse();
        assertThat(filed.hasForm(exitPath + "/plan-decision")).isFalse();

        // 3. The province only looks; the city reviewer finds it in the inbox, returns it, and must say why.
        Page province = Browser.loggedIn(port, "reviewer.hubei").get(exitPath);
        assertThat(province.textOfId("reviewer-read-only")).contains("420100");
        assertThat(province.hasForm(exitPath + "/plan-decision")).isFalse();

        Browser reviewer = Browser.loggedIn(port, "reviewer.wuhan");
        Page inbox = reviewer.inboxPageWith("href=\"" + exitPath + "\"");
        assertThat(inboxRowLinking(inbox, exitPath)).contains("审核退出方案", name, "办理退出");
        Page review = reviewer.get(exitPath);
        assertThat(section(review, "decide")).contains("审核退出方案", "批准", "退回修改", "我已核对");
        Page unchosen = reviewer.submit(review, exitPath + "/plan-decision", new FormData().add("comment", "草稿"));
        assertThat(unchosen.status()).isEqualTo(400);
        assertThat(unchosen.notesOf("approved")).isEqualTo("请选择决定");
        assertThat(unchosen.notesOf("confirmed")).isEqualTo("请勾选“我已核对”");
        assertThat(unchosen.textarea("comment")).isEqualTo("草稿");
        Page noComment = reviewer.submit(review, exitPath + "/plan-decision", new FormData()
                .add("approved", "false").add("confirmed", "true"));
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.notesOf("comment")).isEqualTo("请写明退回的理由和需要修改之处");
        assertThat(noComment.checked("approved", "false")).isTrue();
        Page returned = reviewer.submit(review, exitPath + "/plan-decision", new FormData()
                .add("approved", "false").add("comment", "请写明系统日志的处置").add("confirmed", "true"));
        assertThat(returned.path()).isEqualTo(exitPath);
        assertThat(returned.text()).contains("已退回退出方案");
        assertThat(returned.textOfId("exit-state")).isEqualTo("待提交退出方案");
        assertThat(returned.textOfId("exit-return-comment")).isEqualTo("请写明系统日志的处置");

        // 4. The owner's form comes back filled with the plan filed before; filed again, the reviewer approves.
        Page again = applicant.get(exitPath);
        assertThat(again.textOfId("exit-return-comment")).isEqualTo("请写明系统日志的处置");
        assertThat(again.inputValue("data[0].category")).isEqualTo("办件记录");
        assertThat(again.inputValue("data[1].category")).isEqualTo("用户账号");
        assertThat(again.inputValue("data[4].category")).as("three blank rows below").isEmpty();
        assertThat(again.textarea("userNotice")).isEqualTo(NOTICE);
        Page refiled = applicant.submit(again, exitPath, plan(earliest)
                .set("data[2].category", "系统日志").set("data[2].disposition", "DESTROY"));
        assertThat(refiled.textOfId("exit-state")).isEqualTo("退出方案审核中");
        Page approved = reviewer.submit(reviewer.get(exitPath), exitPath + "/plan-decision", new FormData()
                .add("approved", "true").add("confirmed", "true"));
        assertThat(approved.text()).contains("已批准退出方案，公告已发布", "发布公告");
        assertThat(approved.textOfId("exit-state")).isEqualTo("公告期");
        assertThat(approved.textOfId("exit-offline-date")).isEqualTo(earliest.toString());
        assertThat(approved.textOfId("app-status")).isEqualTo("退出中");

        // 5. The public reads the notice without logging in.
        Page notices = Browser.anonymous(port).get("/public/notices?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertThat(notices.status()).isEqualTo(200);
        assertThat(notices.text()).contains("退出公告", "共 1 条", name, number, "武汉市城市管理执法委员会", "僵尸应用",
                "鄂汇办", NOTICE, earliest.toString(), "公告中");

        // 6. The offline date comes; the owner must name every store of the form.
        long exitId = exitIdOf(appId);
        offlineDateComes(exitId);
        Page offline = applicant.get(exitPath);
        assertThat(offline.textOfId("exit-state")).isEqualTo("待确认下架停服");
        assertThat(section(offline, "offline")).contains("确认下架停服", "华为应用市场", "苹果 App Store", "服务已停止");
        Page oneStore = applicant.submit(offline, exitPath + "/offline", new FormData()
                .add("storesDelisted", "华为应用市场").add("serviceStopped", "true").add("evidence", "华为应用市场下架回执"));
        assertThat(oneStore.status()).isEqualTo(422);
        assertThat(oneStore.notesOf("storesDelisted")).isEqualTo("尚未确认从以下渠道下架：苹果 App Store");
        assertThat(oneStore.checked("storesDelisted", "华为应用市场")).isTrue();
        assertThat(oneStore.checked("storesDelisted", "苹果 App Store")).isFalse();
        assertThat(oneStore.checked("serviceStopped", "true")).isTrue();
        assertThat(oneStore.textarea("evidence")).isEqualTo("华为应用市场下架回执");
        Page offlineConfirmed = applicant.submit(oneStore, exitPath + "/offline", new FormData()
                .add("storesDelisted", "华为应用市场").add("storesDelisted", "苹果 App Store")
                .add("serviceStopped", "true").add("evidence", "两个应用市场的下架回执"));
        assertThat(offlineConfirmed.textOfId("exit-state")).isEqualTo("待申请注销");
        assertThat(offlineConfirmed.textOfId("exit-stores-delisted")).isEqualTo("华为应用市场、苹果 App Store");
        assertThat(offlineConfirmed.textOfId("exit-deregistration-due")).isNotBlank();

        Page noStatement = applicant.submit(offlineConfirmed, exitPath + "/deregistration", new FormData()
                .add("statement", " "));
        assertThat(noStatement.status()).isEqualTo(400);
        assertThat(noStatement.notesOf("statement")).contains("请说明注销申请");
        Page deregistration = applicant.submit(noStatement, exitPath + "/deregistration", new FormData()
                .add("statement", "办件记录已归档，用户账号和系统日志已销毁"));
        assertThat(deregistration.textOfId("exit-state")).isEqualTo("注销核验中");

        // 7. The reviewer verifies: the app is deregistered, and the case, the notice and the figures say so.
        Page verified = reviewer.submit(reviewer.get(exitPath), exitPath + "/verify", new FormData()
                .add("approved", "true").add("comment", "核验属实").add("confirmed", "true"));
        assertThat(verified.text()).contains("核验通过，应用已注销", "reviewer.wuhan", "注销核验通过");
        assertThat(verified.textOfId("exit-state")).isEqualTo("已注销");
        assertThat(verified.textOfId("app-status")).isEqualTo("已注销");
        assertThat(verified.hasForm(exitPath + "/verify")).isFalse();
        Page caseAfter = applicant.get(casePath);
        assertThat(caseAfter.textOfId("case-status")).isEqualTo("已注销");
        assertThat(section(caseAfter, "exit")).contains("已注销", "查看退出").doesNotContain("申请退出");
        assertThat(applicant.get(exitPath + "?exit=" + exitId).textOfId("exit-state")).isEqualTo("已注销");
        assertThat(Browser.anonymous(port).get("/public/notices?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .text()).contains("已注销");
        Page list = Browser.loggedIn(port, "supervisor.wuhan").get("/exits?state=EXITED");
        assertThat(list.html()).contains("href=\"" + exitPath + "\"");
        Matcher closed = Pattern.compile("data-figure=\"closed\">(\\d+)<").matcher(list.html());
        assertThat(closed.find()).isTrue();
        assertThat(Long.parseLong(closed.group(1))).isPositive();
    }

    @Test
    void aSupervisorDirectsAShutdownAndSeesTheDeadlineMovedWithTheReason() {
        String name = FormJson.uniqueName("限期关停页面应用");
        long appId = filedWuhanApp(name);
        String exitPath = "/apps/" + appId + "/exit";
        LocalDate earliest = today().plusDays(30);

        Browser supervisor = Browser.loggedIn(port, "supervisor.wuhan");
        assertThat(section(supervisor.get("/apps/" + appId), "exit")).contains("责令限期关停");
        Page blank = supervisor.get(exitPath);
        assertThat(section(blank, "direct")).contains("责令限期关停", "须先公告 30 天", earliest.toString(), "关停期限");
        assertThat(blank.hasForm(exitPath)).as("no plan form for a supervisor").isFalse();

        Page noDeadline = supervisor.submit(blank, exitPath + "/direct", new FormData().add("reason", "功能与鄂汇办重复"));
        assertThat(noDeadline.status()).isEqualTo(400);
        assertThat(noDeadline.notesOf("deadline")).isEqualTo("请填写关停期限");
        assertThat(noDeadline.textarea("reason")).isEqualTo("功能与鄂汇办重复");

        LocalDate shortDeadline = today().plusDays(7);
        Page directed = supervisor.submit(noDeadline, exitPath + "/direct", new FormData()
                .add("deadline", shortDeadline.toString()).add("reason", "功能与鄂汇办重复"));
        assertThat(directed.path()).isEqualTo(exitPath);
        assertThat(directed.text()).contains("已责令限期关停", "督查限期关停", "supervisor.wuhan");
        assertThat(directed.textOfId("exit-state")).isEqualTo("待提交退出方案");
        assertThat(directed.textOfId("exit-deadline")).isEqualTo(shortDeadline.toString());
        assertThat(directed.textOfId("exit-effective-deadline")).isEqualTo(earliest.toString());
        assertThat(directed.textOfId("exit-deadline-note")).contains("功能与鄂汇办重复", "须先公告 30 天",
                "由 " + shortDeadline + " 顺延至 " + earliest);
        assertThat(directed.textOfId("exit-overdue")).as("not overdue").isNull();
        assertThat(directed.hasForm(exitPath + "/direct")).as("one open exit").isFalse();
        String token = Page.csrfOf(directed.form("/logout"));
        Page twice = supervisor.post(exitPath + "/direct", new FormData().add("_csrf", token)
                .add("deadline", today().plusDays(40).toString()).add("reason", "再次"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text()).contains("已在退出中");

        // The owner unit finds the plan to file in its inbox, with the deadline it must keep.
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        Page inbox = applicant.inboxPageWith("href=\"" + exitPath + "\"");
        assertThat(inboxRowLinking(inbox, exitPath)).contains("提交退出方案", name, "办理退出");
        Page ownerView = applicant.get(exitPath);
        assertThat(section(ownerView, "plan-form")).contains("提交退出方案").doesNotContain("申请退出");
        assertThat(ownerView.textOfId("exit-effective-deadline")).isEqualTo(earliest.toString());
        assertThat(section(applicant.get("/apps/" + appId), "exit")).contains("督查限期关停", "待提交退出方案", "查看退出",
                "当前待办", "提交退出方案").doesNotContain("申请退出");

        // The list: the exit, the figures each labelled, and the overdue filter.
        Page list = supervisor.get("/exits?state=PLANNING");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html()).contains("href=\"" + exitPath + "\"");
        assertThat(section(list, "exit-figures")).contains("清理成效：武汉市", "已核查", "整合", "关停注销", "保留",
                "退出中", "压减率", "%");
        Page overdue = supervisor.get("/exits?overdue=true");
        assertThat(overdue.status()).isEqualTo(200);
        assertThat(overdue.checked("overdue", "true")).isTrue();
        assertThat(overdue.html()).doesNotContain("href=\"" + exitPath + "\"");
        Page badDepartment = supervisor.get("/exits?department=" + "4".repeat(31));
        assertThat(badDepartment.status()).isEqualTo(400);
        assertThat(badDepartment.notesOf("department")).contains("30");
    }

    @Test
    void anIntegrationMigratesItsUsersBeforeTheNotice() {
        long appId = filedWuhanApp(FormJson.uniqueName("整合页面应用"));
        String exitPath = "/apps/" + appId + "/exit";
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        Page blank = applicant.get(exitPath);
        FormData integration = plan(today().plusDays(45)).set("reason", "INTEGRATED").set("toPlatform", "true")
                .set("replacement", "鄂汇办·城管模块");
        Page noMoves = applicant.submit(blank, exitPath, integration);
        assertThat(noMoves.status()).isEqualTo(400);
        assertThat(noMoves.notesOf("functionMoves")).contains("逐项列出迁移的功能");
        assertThat(noMoves.checked("toPlatform", "true")).isTrue();

        Page halfRow = applicant.submit(noMoves, exitPath, integration.copy()
                .set("functionMoves[0].function", "").set("functionMoves[1].function", "案件上报"));
        assertThat(halfRow.status()).isEqualTo(400);
        assertThat(halfRow.inputValue("functionMoves[0].function")).as("blank rows dropped, numbers as shown")
                .isEqualTo("案件上报");
        assertThat(halfRow.notesOf("functionMoves[0].platformFunction")).isEqualTo("请填写承接的统一平台功能");

        Page moreRows = applicant.submit(halfRow, exitPath, integration.copy()
                .set("functionMoves[0].function", "案件上报").set("action", "addRows"));
        assertThat(moreRows.status()).isEqualTo(200);
        assertThat(moreRows.inputValue("functionMoves[0].function")).isEqualTo("案件上报");
        assertThat(moreRows.inputValue("functionMoves[5].function")).as("three more rows").isEmpty();

        Page notListed = applicant.submit(moreRows, exitPath, integration.copy()
                .set("functionMoves[0].function", "案件上报").set("functionMoves[0].platformFunction", "鄂汇办·案件上报"));
        assertThat(notListed.status()).isEqualTo(400);
        assertThat(notListed.notesOf("functionMoves[0].platformFunction")).contains("统一平台目录中没有“鄂汇办·案件上报”");
        Page filed = applicant.submit(notListed, exitPath, integration.copy()
                .set("functionMoves[0].function", "案件上报").set("functionMoves[0].platformFunction", "鄂汇办·在线预约"));
        assertThat(filed.textOfId("exit-state")).isEqualTo("退出方案审核中");
        assertThat(section(filed, "exit-plan")).contains("整合至统一平台", "案件上报 → 鄂汇办·在线预约");

        Browser reviewer = Browser.loggedIn(port, "reviewer.wuhan");
        Page approved = reviewer.submit(reviewer.get(exitPath), exitPath + "/plan-decision", new FormData()
                .add("approved", "true").add("confirmed", "true"));
        assertThat(approved.text()).contains("等待主办单位迁移用户");
        assertThat(approved.textOfId("exit-state")).isEqualTo("用户迁移中");
        assertThat(approved.textOfId("app-status")).isEqualTo("整合中");

        Page migrating = applicant.get(exitPath);
        Page letters = applicant.submit(migrating, exitPath + "/migration", new FormData()
                .add("migratedUsers", "很多").add("note", "已通过短信通知用户"));
        assertThat(letters.status()).isEqualTo(400);
        assertThat(letters.notesOf("migratedUsers")).contains("很多");
        assertThat(letters.textarea("note")).isEqualTo("已通过短信通知用户");
        Page reported = applicant.submit(letters, exitPath + "/migration", new FormData()
                .add("migratedUsers", "1200").add("note", "已通过短信通知用户，在鄂汇办办理"));
        assertThat(reported.textOfId("exit-state")).isEqualTo("迁移验收中");
        assertThat(reported.textOfId("exit-migrated-users")).isEqualTo("1200 人");

        Page accepted = reviewer.submit(reviewer.get(exitPath), exitPath + "/migration-decision", new FormData()
                .add("approved", "true").add("confirmed", "true"));
        assertThat(accepted.text()).contains("迁移验收通过，公告已发布");
        assertThat(accepted.textOfId("exit-state")).isEqualTo("公告期");
        assertThat(accepted.textOfId("exit-offline-date")).isEqualTo(today().plusDays(45).toString());
    }

    @Test
    void othersDoNotFindOrMayNotOpenThePagesAndEnglishIsOffered() {
        long appId = filedWuhanApp(FormJson.uniqueName("退出权限页面应用"));
        String exitPath = "/apps/" + appId + "/exit";
        Page noExit = Browser.loggedIn(port, "reviewer.wuhan").get(exitPath);
        assertThat(noExit.status()).isEqualTo(200);
        assertThat(noExit.text()).contains("该应用没有退出记录");
        assertThat(noExit.hasForm(exitPath)).isFalse();
        assertThat(noExit.hasForm(exitPath + "/direct")).isFalse();

        Page otherCity = Browser.loggedIn(port, "reviewer.yichang").get(exitPath);
        assertThat(otherCity.status()).isEqualTo(404);
        assertThat(otherCity.text()).contains("未找到");
        assertThat(Browser.loggedIn(port, "applicant.yichang").get(exitPath).status()).isEqualTo(404);

        Browser observer = Browser.loggedIn(port, "observer.wuhan");
        Page forbidden = observer.get("/exits");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.text()).contains("无权访问");
        assertThat(observer.get(exitPath).status()).isEqualTo(403);
        assertThat(observer.get("/apps/" + appId).html()).doesNotContain("id=\"exit\"");
        assertThat(Browser.anonymous(port).get("/exits").path()).isEqualTo("/login");

        Browser reviewer = Browser.loggedIn(port, "reviewer.wuhan");
        Page tampered = reviewer.get("/apps/" + appId + "/exit?exit=abc");
        assertThat(tampered.status()).isEqualTo(400);
        assertThat(reviewer.get("/apps/" + appId + "/exit?exit=999999999").status()).isEqualTo(404);
        assertThat(reviewer.get("/exits").text()).contains("退出", "清理成效", "压减率");

        Page tooLong = Browser.anonymous(port).get("/public/notices?q=" + "x".repeat(51));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.notesOf("q")).isEqualTo("应用名称不超过 50 个字");

        Browser english = Browser.withLanguage(port, "en");
        Page noticesEn = english.get("/public/notices");
        assertThat(noticesEn.html()).contains("lang=\"en\"");
        assertThat(noticesEn.text()).contains("Exit notices", "Filing lookup").doesNotContain("退出公告");
        Page login = english.get("/login");
        Page planEn = english.submit(login, "/login", new FormData().add("username", "applicant.wuhan")
                .add("password", org.fingertip.web.demo.DemoData.DEMO_PASSWORD));
        assertThat(planEn.status()).isEqualTo(200);
        Page exitEn = english.get(exitPath);
        assertThat(exitEn.text()).contains("Clearance and exit", "This app has no exit", "Apply to exit",
                "Zombie app", "Archive", "Offline date");
    }
}
