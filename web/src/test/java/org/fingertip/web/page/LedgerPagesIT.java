package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.fingertip.web.FingertipApplication;
import org.fingertip.web.demo.DemoData;
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
 * The rectification ledger through the pages, over real HTTP with the real templates: a supervisor opens an item from
 * the case page; the owner unit reports the fix; the city reviewer sends it back and then closes it; every step is on
 * the item page. A supervisor extends an item once and the second extension is the 409 page with the core's message.
 * Messages stand beside their fields with what was typed kept; an item outside one's unit is not found.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerPagesIT {
    private static final Pattern ITEM_PATH = Pattern.compile("^/ledger/(\\d+)$");

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

    /** An item opened by supervisor.wuhan through the API; returns its id. */
    private long openedByApi(long appId, String finding) {
        JsonNode item = api.as("supervisor.wuhan").post("/api/ledger",
                Map.of("appId", appId, "category", "BANNED_FEATURE", "finding", finding)).expectJson(201).json();
        return item.path("id").asLong();
    }

    /** The page of the ledger list (with these filters) that shows the item: other suites fill the same ledger. */
    private static Page ledgerPageWith(Browser browser, String filters, long itemId) {
        for (int p = 0; p < 200; p++) {
            Page page = browser.get("/ledger?" + filters + "&page=" + p);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            if (page.html().contains("data-item=\"" + itemId + "\"")) {
                return page;
            }
            if (!page.html().contains("page=" + (p + 1) + "\"")) {
                break;
            }
        }
        throw new AssertionError("no page of /ledger?" + filters + " shows item " + itemId);
    }

    /** The text of the table row of the item. */
    private static String rowOf(Page page, long itemId) {
        Matcher row = Pattern.compile("data-item=\"" + itemId + "\"(.*?)</tr>", Pattern.DOTALL).matcher(page.html());
        assertThat(row.find()).as("row of item %s", itemId).isTrue();
        return Page.text(row.group(1));
    }

    private static String section(Page page, String id) {
        String html = page.html();
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section %s on %s", id, page).isNotNegative();
        int end = html.indexOf("</section>", start);
        return Page.text(html.substring(start, end));
    }

    @Test
    void anItemIsOpenedReportedSentBackAndClosedThroughThePages() {
        String name = FormJson.uniqueName("台账页面城管通");
        long appId = filedWuhanApp(name);
        String casePath = "/apps/" + appId;

        // 1. The supervisor opens an item from the case page: 挂账.
        Browser supervisor = Browser.loggedIn(port, "supervisor.wuhan");
        Page casePage = supervisor.get(casePath);
        assertThat(section(casePage, "ledger")).contains("整改台账", "挂账", "本应用没有台账事项");
        String newPath = "/ledger/new?appId=" + appId;
        assertThat(casePage.html()).contains("href=\"" + newPath + "\"");
        Page blank = supervisor.get(newPath);
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.text()).contains("挂账", name, "武汉市城市管理执法委员会", "问题类别", "问题描述",
                "违反“五个不得”", "加重基层负担", "确认挂账");

        String finding = "要求网格员每日签到并在群内排名" + appId;
        Page noCategory = supervisor.submit(blank, "/ledger/new", new FormData().add("appId", appId)
                .add("category", "").add("finding", finding));
        assertThat(noCategory.status()).isEqualTo(400);
        assertThat(noCategory.notesOf("category")).isEqualTo("请选择问题类别");
        assertThat(noCategory.textarea("finding")).isEqualTo(finding);
        assertThat(noCategory.textOfId("error-summary")).contains("有 1 处需要修改");

        Page noFinding = supervisor.submit(noCategory, "/ledger/new", new FormData().add("appId", appId)
                .add("category", "BURDEN").add("finding", "  "));
        assertThat(noFinding.status()).isEqualTo(422);
        assertThat(noFinding.notesOf("finding")).isEqualTo("请填写问题描述");
        assertThat(noFinding.html()).containsPattern("<option value=\"BURDEN\" selected=\"selected\">");

        Page opened = supervisor.submit(noFinding, "/ledger/new", new FormData().add("appId", appId)
                .add("category", "BURDEN").add("finding", finding));
        assertThat(opened.status()).isEqualTo(200);
        Matcher item = ITEM_PATH.matcher(opened.path());
        assertThat(item.find()).as("landed on the item: %s", opened.path()).isTrue();
        long itemId = Long.parseLong(item.group(1));
        String itemPath = opened.path();
        assertThat(opened.text()).contains("已挂账", "台账事项 " + itemId + "：" + name, finding, "加重基层负担",
                "督查发现", "武汉市城市管理执法委员会", "420100 网信部门", "supervisor.wuhan");
        assertThat(opened.textOfId("item-state")).isEqualTo("待整改");
        assertThat(opened.textOfId("item-extended")).isEqualTo("否");
        assertThat(opened.html()).contains("href=\"" + casePath + "\"");
        LocalDate deadline = LocalDate.parse(opened.textOfId("item-deadline").substring(0, 10));
        assertThat(deadline).isAfter(LocalDate.now().plusDays(28));
        assertThat(opened.hasForm(itemPath + "/report-fixed")).as("the supervisor reports nothing").isFalse();
        assertThat(opened.hasForm(itemPath + "/verify")).isFalse();
        assertThat(opened.hasForm(itemPath + "/decide-overdue")).as("the supervisor may extend").isTrue();

        // 2. The owner unit finds it in its ledger, due first; an empty report is refused beside the evidence.
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        Page list = ledgerPageWith(applicant, "state=OPEN&category=BURDEN", itemId);
        assertThat(list.text()).contains("整改台账", "整改期限", "问题类别");
        assertThat(rowOf(list, itemId)).contains("台账事项 " + itemId, name, "加重基层负担", "待整改", "督查发现",
                deadline.toString());
        assertThat(list.html()).contains("href=\"" + itemPath + "\"");
        Page ownerView = applicant.get(itemPath);
        assertThat(ownerView.hasForm(itemPath + "/report-fixed")).isTrue();
        assertThat(ownerView.hasForm(itemPath + "/verify")).isFalse();
        assertThat(ownerView.hasForm(itemPath + "/decide-overdue")).isFalse();

        Page empty = applicant.submit(ownerView, itemPath + "/report-fixed", new FormData().add("evidence", ""));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.notesOf("evidence")).isEqualTo("请填写整改说明");
        assertThat(empty.textOfId("item-state")).isEqualTo("待整改");

        String tooLong = "删除签到排名功能，".repeat(500);
        Page long4001 = applicant.submit(empty, itemPath + "/report-fixed", new FormData().add("evidence", tooLong));
        assertThat(long4001.status()).isEqualTo(400);
        assertThat(long4001.notesOf("evidence")).isEqualTo("整改说明不能超过 4000 个字符");
        assertThat(long4001.textarea("evidence")).as("what was typed is kept").isEqualTo(tooLong.strip());

        String evidence = "已删除签到排名功能，见 2.1.0 版发布说明" + itemId;
        Page reported = applicant.submit(long4001, itemPath + "/report-fixed", new FormData().add("evidence", evidence));
        assertThat(reported.path()).isEqualTo(itemPath);
        assertThat(reported.text()).contains("已报告整改完成，等待网信部门核验");
        assertThat(reported.textOfId("item-state")).isEqualTo("待核验");
        assertThat(reported.textOfId("item-evidence")).isEqualTo(evidence);
        assertThat(reported.hasForm(itemPath + "/report-fixed")).isFalse();

        // 3. The province may look, but verification is the city office's.
        Page province = Browser.loggedIn(port, "reviewer.hubei").get(itemPath);
        assertThat(province.status()).isEqualTo(200);
        assertThat(province.hasForm(itemPath + "/verify")).isFalse();
        assertThat(province.textOfId("verify-read-only")).isEqualTo("整改核验由 420100 网信部门审核员负责");

        // 4. The city reviewer: no confirmation, then sending back without a comment, then sending back.
        Browser reviewer = Browser.loggedIn(port, "reviewer.wuhan");
        Page toVerify = reviewer.get(itemPath);
        assertThat(toVerify.text()).contains("整改核验", "整改到位，销号", "退回整改", "我已核对", evidence);
        Page unconfirmed = reviewer.submit(toVerify, itemPath + "/verify", new FormData()
                .add("accepted", "false").add("comment", "我的页面仍有签到入口").add("_confirmed", "on"));
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.notesOf("confirmed")).isEqualTo("请勾选“我已核对”后再提交核验结论");
        assertThat(unconfirmed.checked("accepted", "false")).isTrue();
        assertThat(unconfirmed.textarea("comment")).isEqualTo("我的页面仍有签到入口");

        Page noConclusion = reviewer.submit(unconfirmed, itemPath + "/verify", new FormData()
                .add("comment", "").add("confirmed", "true"));
        assertThat(noConclusion.status()).isEqualTo(400);
        assertThat(noConclusion.notesOf("accepted")).isEqualTo("请选择核验结论");

        Page noComment = reviewer.submit(noConclusion, itemPath + "/verify", new FormData()
                .add("accepted", "false").add("comment", "").add("confirmed", "true"));
        assertThat(noComment.status()).isEqualTo(422);
        assertThat(noComment.notesOf("comment")).isEqualTo("请填写退回理由");
        assertThat(noComment.notesOf("confirmed")).isEmpty();
        assertThat(noComment.checked("accepted", "false")).isTrue();
        assertThat(noComment.checked("confirmed", "true")).isTrue();
        assertThat(noComment.textOfId("item-state")).isEqualTo("待核验");

        String sendBack = "我的页面仍有签到入口" + itemId;
        Page sentBack = reviewer.submit(noComment, itemPath + "/verify", new FormData()
                .add("accepted", "false").add("comment", sendBack).add("confirmed", "true"));
        assertThat(sentBack.path()).isEqualTo(itemPath);
        assertThat(sentBack.text()).contains("已退回整改");
        assertThat(sentBack.textOfId("item-state")).isEqualTo("退回整改");
        assertThat(sentBack.hasForm(itemPath + "/verify")).isFalse();

        // 5. Reported again, and closed (销号).
        String evidence2 = "入口已删除，见 2.1.1 版" + itemId;
        Page again = applicant.submit(applicant.get(itemPath), itemPath + "/report-fixed",
                new FormData().add("evidence", evidence2));
        assertThat(again.textOfId("item-state")).isEqualTo("待核验");
        Page closed = reviewer.submit(reviewer.get(itemPath), itemPath + "/verify", new FormData()
                .add("accepted", "true").add("comment", "").add("confirmed", "true"));
        assertThat(closed.path()).isEqualTo(itemPath);
        assertThat(closed.text()).contains("已核验销号");
        assertThat(closed.textOfId("item-state")).isEqualTo("已销号");
        assertThat(closed.hasForm(itemPath + "/verify")).isFalse();
        assertThat(closed.hasForm(itemPath + "/report-fixed")).isFalse();

        // 6. Every step, oldest first, with who and why.
        String history = section(supervisor.get(itemPath), "steps");
        assertThat(history).containsSubsequence(
                "挂账", "新建 → 待整改", "supervisor.wuhan", finding,
                "报告整改完成", "待整改 → 待核验", "applicant.wuhan", evidence,
                "退回整改", "待核验 → 退回整改", "reviewer.wuhan", sendBack,
                "报告整改完成", "退回整改 → 待核验", "applicant.wuhan", evidence2,
                "核验销号", "待核验 → 已销号", "reviewer.wuhan", "核验通过");
        Page supervisorView = supervisor.get(itemPath);
        assertThat(supervisorView.hasForm(itemPath + "/decide-overdue")).as("nothing to decide once closed").isFalse();

        // 7. The case page lists the item, closed.
        Page caseAfter = applicant.get(casePath);
        assertThat(rowOf(caseAfter, itemId)).contains("台账事项 " + itemId, "加重基层负担", "已销号", "督查发现");
        assertThat(caseAfter.html()).doesNotContain("href=\"" + newPath + "\"");
    }

    @Test
    void aSupervisorExtendsOnceAndASecondExtensionIsRefusedWithTheCoresMessage() {
        long appId = filedWuhanApp(FormJson.uniqueName("延期城管通"));
        long itemId = openedByApi(appId, "在线时长纳入考核" + appId);
        String itemPath = "/ledger/" + itemId;
        String decide = itemPath + "/decide-overdue";

        Browser supervisor = Browser.loggedIn(port, "supervisor.wuhan");
        Page page = supervisor.get(itemPath);
        assertThat(page.text()).contains("整改期限处理", "延期（仅限一次）", "整改期限届满仍未销号、上报督查后，才能撤销备案");
        assertThat(page.html()).contains("value=\"EXTEND\"").doesNotContain("value=\"REVOKE\"");
        LocalDate before = LocalDate.parse(page.textOfId("item-deadline").substring(0, 10));

        Page noDecision = supervisor.submit(page, decide, new FormData().add("reason", "等待应用商店审核"));
        assertThat(noDecision.status()).isEqualTo(400);
        assertThat(noDecision.notesOf("decision")).isEqualTo("请选择处理决定");
        assertThat(noDecision.textarea("reason")).isEqualTo("等待应用商店审核");

        Page noReason = supervisor.submit(noDecision, decide, new FormData().add("decision", "EXTEND").add("reason", ""));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.notesOf("reason")).isEqualTo("请填写延期理由");
        assertThat(noReason.checked("decision", "EXTEND")).isTrue();

        Page extended = supervisor.submit(noReason, decide, new FormData().add("decision", "EXTEND")
                .add("reason", "等待应用商店审核新版本"));
        assertThat(extended.path()).isEqualTo(itemPath);
        assertThat(extended.text()).contains("已延期");
        assertThat(extended.textOfId("item-extended")).isEqualTo("是");
        LocalDate after = LocalDate.parse(extended.textOfId("item-deadline").substring(0, 10));
        assertThat(after).isEqualTo(before.plusDays(30));
        assertThat(extended.html()).doesNotContain("value=\"EXTEND\"");
        assertThat(extended.text()).contains("已延期一次，整改期限至 " + after + "，不能再延期");
        assertThat(section(extended, "steps")).contains("延期", "等待应用商店审核新版本；新期限 " + after);

        // The page as it was before (a second tab, the Back button): extending again is a conflict.
        Page twice = supervisor.submit(page, decide, new FormData().add("decision", "EXTEND").add("reason", "再延一个月"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text()).contains("当前状态不允许此操作", "整改期限只能延期一次，已延期至 " + after)
                .doesNotContain("Whitelabel");

        // Revoking before the item was escalated: the core's 409.
        String token = Page.csrfOf(extended.form("/logout"));
        Page revoke = supervisor.post(decide, new FormData().add("decision", "REVOKE").add("reason", "逾期未整改")
                .add("_csrf", token));
        assertThat(revoke.status()).isEqualTo(409);
        assertThat(revoke.text()).contains("整改期限未过，尚未上报督查，不能撤销备案");
        assertThat(supervisor.get(itemPath).textOfId("item-state")).isEqualTo("待整改");
    }

    @Test
    void theLedgerIsLimitedToOnesUnitOrJurisdiction() {
        String name = FormJson.uniqueName("可见性城管通");
        long appId = filedWuhanApp(name);
        long itemId = openedByApi(appId, "重复填表报数" + appId);
        String itemPath = "/ledger/" + itemId;

        Page yichang = Browser.loggedIn(port, "applicant.yichang").get(itemPath);
        assertThat(yichang.status()).isEqualTo(404);
        assertThat(yichang.text()).contains("未找到", "未找到编号为 " + itemId + " 的台账事项").doesNotContain(name);
        assertThat(Browser.loggedIn(port, "reviewer.yichang").get(itemPath).status()).isEqualTo(404);
        Page yichangList = Browser.loggedIn(port, "applicant.yichang").get("/ledger?department=420100-007");
        assertThat(yichangList.status()).isEqualTo(200);
        assertThat(yichangList.html()).doesNotContain("data-item=\"" + itemId + "\"");

        Browser observer = Browser.loggedIn(port, "observer.wuhan");
        assertThat(observer.get("/ledger").status()).isEqualTo(403);
        assertThat(observer.get(itemPath).status()).isEqualTo(403);
        assertThat(observer.get("/apps").html()).doesNotContain("href=\"/ledger\"");

        Browser admin = Browser.loggedIn(port, "admin");
        Page adminList = ledgerPageWith(admin, "department=420100-007&state=OPEN", itemId);
        assertThat(adminList.html()).contains("href=\"/ledger\"");
        Page adminItem = admin.get(itemPath);
        assertThat(adminItem.status()).isEqualTo(200);
        assertThat(adminItem.html()).doesNotContain("/report-fixed\"").doesNotContain("/verify\"")
                .doesNotContain("/decide-overdue\"");
        assertThat(admin.get("/ledger/new?appId=" + appId).status()).isEqualTo(403);

        Browser supervisor = Browser.loggedIn(port, "supervisor.wuhan");
        assertThat(ledgerPageWith(supervisor, "category=BANNED_FEATURE&department=420100", itemId).text())
                .contains("违反“五个不得”");
        Page notOverdue = supervisor.get("/ledger?overdue=true&department=420100-007");
        assertThat(notOverdue.status()).isEqualTo(200);
        assertThat(notOverdue.checked("overdue", "true")).isTrue();
        assertThat(notOverdue.html()).doesNotContain("data-item=\"" + itemId + "\"");
        Page tooLong = supervisor.get("/ledger?department=" + "4".repeat(31));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.notesOf("department")).isEqualTo("不能超过 30 个字符");
        assertThat(tooLong.inputValue("department")).isEqualTo("4".repeat(31));
        Page badState = supervisor.get("/ledger?state=NO_SUCH_STATE");
        assertThat(badState.status()).isEqualTo(400);
        assertThat(badState.text()).contains("请求有误", "NO_SUCH_STATE");
        assertThat(supervisor.get("/ledger/new").status()).as("no app named").isEqualTo(400);
        assertThat(supervisor.get("/ledger/new?appId=999999999").status()).isEqualTo(404);
        assertThat(Browser.loggedIn(port, "reviewer.wuhan").get("/ledger/new?appId=" + appId).status()).isEqualTo(403);

        // English on request: the page's own words and the labels of the ledger's enums.
        Browser english = Browser.withLanguage(port, "en");
        english.submit(english.get("/login"), "/login", new FormData().add("username", "supervisor.wuhan")
                .add("password", DemoData.DEMO_PASSWORD));
        Page itemEn = english.get(itemPath);
        assertThat(itemEn.status()).isEqualTo(200);
        assertThat(itemEn.html()).contains("lang=\"en\"");
        assertThat(itemEn.text()).contains("Ledger item " + itemId, "Breaks the five bans", "To fix", "Supervisor",
                "Deadline", "Extend (once only)", "Steps");
        assertThat(english.get("/ledger?state=OPEN").text()).contains("Rectification ledger", "Overdue only");
    }
}
