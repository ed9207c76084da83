package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fingertip.web.FingertipApplication;
import org.fingertip.web.page.Browser.FormData;
import org.fingertip.web.page.Browser.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the pages refuse and how they say it, over real HTTP with the real templates: messages beside the field
 * they concern with the input kept, 404 for a case outside one's unit, read-only tasks for those who may not
 * decide, error pages of our own, and Chinese by default.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageRulesIT {
    private static final Pattern DECIDE_ACTION = Pattern.compile("action=\"(/apps/\\d+/tasks/([^/\"]+)/decide)\"");
    private static final Pattern EDIT_ACTION = Pattern.compile("action=\"/apps/(\\d+)/edit\"");

    @LocalServerPort
    int port;

    /** Files a complete application through the pages as applicant.wuhan; returns its case page path. */
    private String submittedCase(Browser applicant, String name) {
        Page blank = applicant.get("/apps/new");
        Page submitted = applicant.submit(blank, "/apps/new", FilingForms.complete(name).add("action", "submit"));
        assertThat(submitted.textOfId("case-status")).as(submitted.toString()).isEqualTo("审核中");
        return submitted.path();
    }

    @Test
    void returnWithoutAGapIsRefusedBesideTheGapsAndTheDecisionIsKept() {
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        String casePath = submittedCase(applicant, FilingForms.uniqueName("退回校验应用"));
        Browser reviewer = Browser.loggedIn(port, "reviewer.wuhan");
        Page page = reviewer.get(casePath);
        Matcher decide = DECIDE_ACTION.matcher(page.html());
        assertThat(decide.find()).isTrue();

        // Claimed from the inbox: the row then shows who holds it.
        Page inbox = reviewer.inboxPageWith("data-task=\"" + decide.group(2) + "\"");
        String claim = "/inbox/" + decide.group(2) + "/claim";
        assertThat(inbox.hasForm(claim)).as("a claim button on the row of the task").isTrue();
        Page claimed = reviewer.submit(inbox, claim, new FormData());
        assertThat(claimed.path()).isEqualTo("/inbox");
        assertThat(claimed.text()).contains("已签收");
        Page claimedRow = reviewer.inboxPageWith("data-task=\"" + decide.group(2) + "\"");
        assertThat(claimedRow.hasForm(claim)).isFalse();
        Matcher row = Pattern.compile("data-task=\"" + Pattern.quote(decide.group(2)) + "\"(.*?)</tr>", Pattern.DOTALL)
                .matcher(claimedRow.html());
        assertThat(row.find()).isTrue();
        assertThat(Page.text(row.group(1))).contains("reviewer.wuhan", "市级初审", "查看案卷");

        Page refused = reviewer.submit(page, decide.group(1), new FormData()
                .add("decision", "RETURN").add("comment", "材料不全，请补正")
                .add("gaps[0].section", "").add("gaps[0].message", "")
                .add("confirmed", "true").add("action", "decide"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.notesOf("gaps")).isEqualTo("退回时须一次性列明全部问题，至少一项");
        assertThat(refused.notesOf("comment")).isEmpty();
        assertThat(refused.checked("decision", "RETURN")).isTrue();
        assertThat(refused.textarea("comment")).isEqualTo("材料不全，请补正");
        assertThat(refused.textOfId("case-status")).isEqualTo("审核中");

        // Without the confirmation, and with a half-filled gap row: both beside their fields, nothing recorded.
        Page unconfirmed = reviewer.submit(refused, decide.group(1), new FormData()
                .add("decision", "RETURN").add("comment", "")
                .add("gaps[0].section", "handler").add("gaps[0].message", "")
                .add("gaps[1].section", "").add("gaps[1].message", "请补充验收报告")
                .add("action", "decide"));
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.notesOf("confirmed")).isEqualTo("请勾选“我已核对”后再提交决定");
        assertThat(unconfirmed.notesOf("gaps[0].message")).isEqualTo("请写明问题及如何补正");
        assertThat(unconfirmed.notesOf("gaps[1].section")).isEqualTo("请选择问题所在的申请表部分");
        assertThat(unconfirmed.inputValue("gaps[1].message")).isEqualTo("请补充验收报告");

        // A rejection needs a reason, beside the comment.
        Page noReason = reviewer.submit(unconfirmed, decide.group(1), new FormData()
                .add("decision", "REJECT").add("comment", "").add("confirmed", "true").add("action", "decide"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.notesOf("comment")).isEqualTo("不予备案须说明理由");

        // "Add a row" gives one more gap row and keeps what was typed.
        Page moreRows = reviewer.submit(noReason, decide.group(1), new FormData()
                .add("decision", "RETURN").add("gaps[0].section", "handler").add("gaps[0].message", "电话有误")
                .add("gaps[1].section", "").add("gaps[1].message", "")
                .add("gaps[2].section", "").add("gaps[2].message", "").add("action", "addGap"));
        assertThat(moreRows.status()).isEqualTo(200);
        assertThat(moreRows.inputValue("gaps[0].message")).isEqualTo("电话有误");
        assertThat(moreRows.inputValue("gaps[3].message")).isEmpty();
        assertThat(reviewer.get(casePath).textOfId("case-status")).isEqualTo("审核中");
    }

    @Test
    void provinceSeesTheCityFirstReviewReadOnly() {
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        String casePath = submittedCase(applicant, FilingForms.uniqueName("只读初审应用"));
        Page province = Browser.loggedIn(port, "reviewer.hubei").get(casePath);
        assertThat(province.status()).isEqualTo(200);
        assertThat(province.text()).contains("市级初审", "初审由 420100 网信部门负责，您只能查看");
        assertThat(province.html()).doesNotContain("/decide\"").doesNotContain("/claim\"");
    }

    @Test
    void malformedDraftIsNotSavedAndShowsTheMessageBesideTheField() {
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        String name = FilingForms.uniqueName("格式校验应用");
        Page blank = applicant.get("/apps/new");
        Page refused = applicant.submit(blank, "/apps/new", FilingForms.complete(name)
                .set("handler.phone", "12345").set("handler.email", "not-an-email").add("action", "save"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.notesOf("handler.phone")).isEqualTo("请填写有效的手机号（11 位）或固定电话（区号-号码）");
        assertThat(refused.notesOf("handler.email")).isEqualTo("请填写有效的电子邮箱，例如 name@example.gov.cn");
        assertThat(refused.inputValue("handler.phone")).isEqualTo("12345");
        assertThat(refused.inputValue("name")).isEqualTo(name);
        assertThat(refused.hasForm("/apps/new")).as("still a new application: nothing was saved").isTrue();
        assertThat(applicant.get("/apps?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .text()).contains("共 0 个");

        // A date that is not a date is kept as typed, with a message beside it.
        Page badDate = applicant.submit(refused, "/apps/new", FilingForms.complete(name)
                .set("acceptance.date", "明年三月").add("action", "save"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.notesOf("acceptance.date")).contains("明年三月");
        assertThat(badDate.inputValue("acceptance.date")).isEqualTo("明年三月");
    }

    @Test
    void draftIsSavedWithRowsAddedAndThenWithdrawn() {
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        String name = FilingForms.uniqueName("草稿应用");
        Page blank = applicant.get("/apps/new");
        Page fourRows = applicant.submit(blank, "/apps/new", new FormData().add("name", name)
                .add("functions[0].name", "案件查询").add("functions[1].name", "").add("functions[2].name", "")
                .add("action", "addRow"));
        assertThat(fourRows.status()).isEqualTo(200);
        assertThat(fourRows.inputValue("name")).isEqualTo(name);
        assertThat(fourRows.inputValue("functions[0].name")).isEqualTo("案件查询");
        assertThat(fourRows.inputValue("functions[3].name")).isEmpty();

        Page saved = applicant.submit(fourRows, "/apps/new", new FormData().add("ownerDepartmentCode", "420100-007")
                .add("name", name).add("functions[0].name", "").add("functions[1].name", "案件查询")
                .add("functions[1].category", "SERVICE").add("action", "save"));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.text()).contains("草稿已保存", "草稿");
        assertThat(saved.inputValue("functions[0].name")).as("blank rows are dropped").isEqualTo("案件查询");
        Matcher edit = EDIT_ACTION.matcher(saved.html());
        assertThat(edit.find()).isTrue();
        String casePath = "/apps/" + edit.group(1);

        Page list = applicant.get("/apps?status=DRAFT&q=" + URLEncoder.encode(name,
                StandardCharsets.UTF_8));
        assertThat(list.text()).contains("共 1 个", name, "草稿", "新建申请");
        assertThat(list.html()).contains("href=\"" + casePath + "\"");

        Page casePage = applicant.get(casePath);
        assertThat(casePage.text()).contains("修改申请表", "提交审核", "撤回申请", "（未填写）");

        // "Submit" on the case page of an incomplete draft: the form comes back with what is missing beside each field.
        Page incomplete = applicant.submit(casePage, casePath + "/submit", new FormData());
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.hasForm(casePath + "/edit")).isTrue();
        assertThat(incomplete.notesOf("handler.phone")).isEqualTo("请填写经办人联系电话");
        assertThat(incomplete.notesOf("kind")).isEqualTo("请选择应用类型");
        assertThat(incomplete.notesOf("commitmentSigned")).isEqualTo("请签署承诺书");
        assertThat(incomplete.notesOf("functions[0].name")).isEmpty();
        assertThat(incomplete.inputValue("functions[0].name")).isEqualTo("案件查询");
        assertThat(incomplete.textOfId("error-summary")).startsWith("申请表不完整");
        casePage = applicant.get(casePath);
        assertThat(casePage.textOfId("case-status")).isEqualTo("草稿");
        Page withdrawn = applicant.submit(casePage, casePath + "/withdraw", new FormData().add("reason", "并入统一平台建设"));
        assertThat(withdrawn.textOfId("case-status")).isEqualTo("已撤回");
        assertThat(withdrawn.text()).contains("申请已撤回", "并入统一平台建设").doesNotContain("撤回申请");

        // A withdrawn application is no longer editable, and submitting it again is a conflict.
        assertThat(applicant.get(casePath + "/edit").path()).isEqualTo(casePath);
        String token = Page.csrfOf(withdrawn.form("/logout"));
        Page conflict = applicant.post(casePath + "/submit", new FormData().add("_csrf", token));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).contains("当前状态不允许此操作", "已撤回", "不能提交");
    }

    @Test
    void preCheckReturnShowsItsFindingsBesideTheFieldsAndItsGapsAtTheSection() {
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        String name = FilingForms.uniqueName("打卡检查应用");
        Page blank = applicant.get("/apps/new");
        Page returned = applicant.submit(blank, "/apps/new", FilingForms.complete(name)
                .set("functions[2].name", "每日打卡签到").set("functions[2].category", "CHECK_IN")
                .add("action", "submit"));
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.textOfId("case-status")).isEqualTo("已退回");
        assertThat(returned.text()).contains("自动预审未通过", "须修改", "违反“五个不得”", "每日打卡签到");
        assertThat(returned.html()).contains("class=\"finding blocking\"");

        Page edit = applicant.get(returned.path() + "/edit");
        assertThat(edit.notesOf("functions[2].name")).contains("违反“五个不得”", "功能“每日打卡签到”", "例外说明");
        assertThat(edit.notesOf("functions[0].name")).isEmpty();
        assertThat(edit.sectionTopOf("functions")).contains("审核退回的问题", "功能“每日打卡签到”");
        assertThat(edit.sectionTopOf("handler")).isEmpty();

        // Explained as emergency duty, it passes as advice for the reviewer.
        Page resubmitted = applicant.submit(edit, returned.path() + "/edit", FilingForms.complete(name)
                .set("functions[2].name", "每日打卡签到").set("functions[2].category", "CHECK_IN")
                .set("functions[2].exceptionReason", "防汛应急值守人员到岗确认").add("action", "submit"));
        assertThat(resubmitted.textOfId("case-status")).isEqualTo("审核中");
        assertThat(resubmitted.text()).contains("提示", "防汛应急值守人员到岗确认");
    }

    @Test
    void duplicateFindingLinksToTheFiledApp() {
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        Browser reviewer = Browser.loggedIn(port, "reviewer.wuhan");
        Matcher filed = Pattern.compile("href=\"/apps/(\\d+)\"").matcher(reviewer.get("/apps?status=FILED&q="
                + URLEncoder.encode("武汉城管", StandardCharsets.UTF_8)).html());
        assertThat(filed.find()).as("a filed app of Wuhan").isTrue();
        String filedId = filed.group(1);
        Page filedCase = reviewer.get("/apps/" + filedId);
        String functions = filedCase.html().substring(filedCase.html().indexOf("<ol class=\"functions\">"));
        functions = functions.substring(0, functions.indexOf("</ol>"));
        Matcher fn = Pattern.compile("<li>\\s*<span>([^<]+)</span>").matcher(functions);
        FormData form = FilingForms.complete(FilingForms.uniqueName("重复应用"));
        int i = 0;
        while (fn.find()) {
            form.set("functions[" + i + "].name", fn.group(1)).set("functions[" + i + "].category", "SERVICE")
                    .set("functions[" + i + "].exceptionReason", "");
            i++;
        }
        assertThat(i).as("functions of the filed app").isGreaterThanOrEqualTo(3);
        Page submitted = applicant.submit(applicant.get("/apps/new"), "/apps/new", form.add("action", "submit"));
        assertThat(submitted.textOfId("case-status")).as("a duplicate is advice, not a block").isEqualTo("审核中");
        String findings = submitted.html().substring(submitted.html().indexOf("id=\"findings\""));
        findings = findings.substring(0, findings.indexOf("</section>"));
        assertThat(Page.text(findings)).contains("与已备案应用重复", "查看该应用");
        assertThat(findings).contains("href=\"/apps/" + filedId + "\"");
    }

    @Test
    void anotherUnitsApplicantGetsTheNotFoundPage() {
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        String casePath = submittedCase(applicant, FilingForms.uniqueName("他单位不可见应用"));
        Browser other = Browser.loggedIn(port, "applicant.yichang");
        Page notFound = other.get(casePath);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.text()).contains("未找到", "未找到编号为 " + casePath.substring(6) + " 的应用", "返回首页")
                .doesNotContain("Whitelabel");
        assertThat(other.get(casePath + "/edit").status()).isEqualTo(404);
    }

    @Test
    void wrongRoleGetsTheForbiddenPageAndUnknownPagesTheNotFoundPage() {
        Browser reviewer = Browser.loggedIn(port, "reviewer.wuhan");
        Page forbidden = reviewer.get("/apps/new");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.text()).contains("无权访问", "您的角色无权执行此操作").doesNotContain("Whitelabel");

        Page unknown = reviewer.get("/no-such-page");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text()).contains("未找到").doesNotContain("Whitelabel");

        Page badStatus = reviewer.get("/apps?status=NO_SUCH_STATUS");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.text()).contains("请求有误", "NO_SUCH_STATUS");

        Page wrongMethod = reviewer.get("/apps/1/withdraw");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.text()).contains("不支持的操作").doesNotContain("Whitelabel");

        Page unknownCase = reviewer.get("/apps/999999999");
        assertThat(unknownCase.status()).isEqualTo(404);

        // A post without the CSRF token is refused by the page chain, with our own page.
        Page noToken = reviewer.post("/inbox/no-such-task/claim", new FormData());
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(noToken.text()).contains("无权访问").doesNotContain("Whitelabel");
    }

    @Test
    void homeSendsEachRoleToItsWork() {
        assertThat(Browser.loggedIn(port, "reviewer.wuhan").get("/").path()).isEqualTo("/inbox");
        assertThat(Browser.loggedIn(port, "applicant.wuhan").get("/").path()).isEqualTo("/home");
        assertThat(Browser.loggedIn(port, "observer.wuhan").get("/").path()).isEqualTo("/home");
        Page supervisor = Browser.loggedIn(port, "supervisor.wuhan").get("/");
        assertThat(supervisor.path()).isEqualTo("/dashboard");
        assertThat(supervisor.text()).doesNotContain("新建申请");
        assertThat(Browser.loggedIn(port, "admin").get("/").path()).isEqualTo("/admin");
        assertThat(Browser.anonymous(port).get("/apps").path()).isEqualTo("/login");
    }

    @Test
    void pagesAreInChineseByDefaultAndInEnglishOnRequest() {
        Page login = Browser.anonymous(port).get("/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.html()).contains("lang=\"zh-CN\"", "name=\"_csrf\"");
        assertThat(login.text()).contains("指尖 · 政务移动互联网应用程序管理", "用户名", "密码", "登录", "备案查询");

        Page apps = Browser.loggedIn(port, "reviewer.wuhan").get("/apps?status=FILED");
        assertThat(apps.status()).isEqualTo(200);
        assertThat(apps.text()).contains("应用", "状态", "已备案", "备案号", "主办单位", "待办", "退出登录");
        assertThat(apps.html()).containsPattern("鄂政应备\\d{10}号");

        Browser english = Browser.withLanguage(port, "en");
        Page loginEn = english.get("/login");
        assertThat(loginEn.html()).contains("lang=\"en\"");
        assertThat(loginEn.text()).contains("Fingertip", "Username", "Password", "Log in");
        Page lookupEn = english.get("/public/filings?name=" + URLEncoder.encode("武汉",
                StandardCharsets.UTF_8));
        assertThat(lookupEn.text()).contains("Filing lookup", "Valid");
    }

    @Test
    void publicLookupNeedsNoLoginAndListsNoDraft() {
        Browser anyone = Browser.anonymous(port);
        Page empty = anyone.get("/public/filings");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.text()).contains("备案查询", "备案号", "应用名称").doesNotContain("没有查到备案记录");

        Page wuhan = anyone.get("/public/filings?name=" + URLEncoder.encode("武汉",
                StandardCharsets.UTF_8));
        assertThat(wuhan.status()).isEqualTo(200);
        assertThat(wuhan.text()).contains("有效", "武汉");
        assertThat(wuhan.html()).containsPattern("鄂政应备\\d{10}号");

        Page none = anyone.get("/public/filings?number=" + URLEncoder.encode("鄂政应备2099999999号",
                StandardCharsets.UTF_8));
        assertThat(none.text()).contains("没有查到备案记录");

        Page tooLong = anyone.get("/public/filings?number=" + "9".repeat(41));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.notesOf("number")).isEqualTo("不能超过 40 个字符");
    }
}
