package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.page.Browser.FormData;
import org.fingertip.web.page.Browser.Page;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.FilingSteps;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Change filing and revocation through the pages: the owner files a change from the case page on the form pre-filled
 * with the filing (a date too soon is refused beside the field, the form kept); the reviewer sees only the changed
 * section as a diff, may not return an unchanged section, returns the changed one; the owner revises; both reviews
 * approve and the case shows the new name under the same number. A supervisor revokes from the case page with a
 * reason and a confirmation; the public lookup shows the filing revoked. Others get 403 and 404.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChangePagesIT {
    private static final Pattern DECIDE = Pattern.compile("action=\"(/changes/(\\d+)/tasks/([^/\"]+)/decide)\"");

    @LocalServerPort
    int port;

    /** An app filed through the pages (applicant.wuhan) and the API's reviews; returns its id. */
    private long filedApp(Browser applicant, FormData form) {
        Page blank = applicant.get("/apps/new");
        Page submitted = applicant.submit(blank, "/apps/new", form.copy().add("action", "submit"));
        assertThat(submitted.textOfId("case-status")).as(submitted.toString()).isEqualTo("审核中");
        long id = Long.parseLong(submitted.path().replaceAll("\\D+", ""));
        FilingSteps steps = new FilingSteps(new ApiClient(port));
        steps.approve("reviewer.wuhan", id, "FIRST_REVIEW");
        steps.approve("reviewer.hubei", id, "PROVINCIAL_REVIEW");
        return id;
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingCalendar.ZONE);
    }

    private static Matcher decideForm(Page page) {
        Matcher m = DECIDE.matcher(page.html());
        assertThat(m.find()).as("a decision form on %s", page).isTrue();
        return m;
    }

    @Test
    void theOwnerFilesAChangeTheReviewersSeeOnlyTheDiffAndApprovalKeepsTheNumber() {
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        String name = FilingForms.uniqueName("页面变更通");
        FormData filedForm = FilingForms.complete(name);
        long appId = filedApp(applicant, filedForm);
        Page casePage = applicant.get("/apps/" + appId);
        String number = casePage.textOfId("filing-number");
        assertThat(casePage.html()).contains("href=\"/apps/" + appId + "/changes/new\"");

        Page form = applicant.get("/apps/" + appId + "/changes/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("申请变更备案", "至少提前 30 日");
        assertThat(form.inputValue("name")).isEqualTo(name);
        assertThat(form.inputValue("effectiveDate")).isEqualTo(today().plusDays(30).toString());

        String action = "/apps/" + appId + "/changes/new";
        String newName = name + "新版";
        FormData change = filedForm.copy().set("name", newName).add("explanation", "机构改革后更名")
                .add("action", "file");
        Page tooSoon = applicant.submit(form, action,
                change.copy().add("effectiveDate", today().plusDays(10).toString()));
        assertThat(tooSoon.status()).isEqualTo(422);
        assertThat(tooSoon.notesOf("effectiveDate")).contains("至少提前 30 日备案", today().plusDays(30).toString());
        assertThat(tooSoon.inputValue("name")).as("the form is kept as typed").isEqualTo(newName);
        Page unchanged = applicant.submit(form, action,
                filedForm.copy().add("effectiveDate", today().plusDays(30).toString()).add("action", "file"));
        assertThat(unchanged.status()).isEqualTo(422);
        assertThat(unchanged.notesOf("form")).contains("完全相同");

        Page filed = applicant.submit(form, action, change.copy().add("effectiveDate", today().plusDays(31).toString()));
        assertThat(filed.path()).startsWith("/changes/");
        assertThat(filed.text()).contains("变更已提交审核", "审核中", today().plusDays(31).toString(), "机构改革后更名");
        String changePath = filed.path();
        assertThat(filed.html()).contains("data-section=\"identity\"", "data-field=\"name\"")
                .doesNotContain("data-section=\"handler\"", "data-section=\"functions\"");
        assertThat(filed.html()).contains("<del>" + name + "</del>", "<ins>" + newName + "</ins>");
        assertThat(applicant.get("/apps/" + appId).textOfId("case-status")).isEqualTo("变更审核中");

        // the city reviewer: from the inbox to the change, only changed sections in the return
        Browser reviewer = Browser.loggedIn(port, "reviewer.wuhan");
        Page inbox = reviewer.inboxPageWith("/apps/" + appId + "/change\"");
        assertThat(inbox.text()).contains("变更市级初审");
        Page review = reviewer.get("/apps/" + appId + "/change");
        assertThat(review.path()).isEqualTo(changePath);
        Matcher decide = decideForm(review);
        assertThat(review.html()).contains("<option value=\"identity\"").doesNotContain("<option value=\"handler\"");
        Page wrongSection = reviewer.submit(review, decide.group(1), new FormData().add("decision", "RETURN")
                .add("gaps[0].section", "handler").add("gaps[0].message", "电话打不通")
                .add("confirmed", "true").add("action", "decide"));
        assertThat(wrongSection.status()).isEqualTo(422);
        assertThat(wrongSection.notesOf("gaps[0].section")).contains("未变更，不在本次变更审核范围");
        Page returned = reviewer.submit(review, decide.group(1), new FormData().add("decision", "RETURN")
                .add("comment", "请补充").add("gaps[0].section", "identity").add("gaps[0].message", "新名称须附更名批复")
                .add("confirmed", "true").add("action", "decide"));
        assertThat(returned.path()).isEqualTo(changePath);
        assertThat(returned.text()).contains("已退回申请单位补正", "新名称须附更名批复");

        // the owner revises and resubmits
        Page changePage = applicant.get(changePath);
        String revisePath = changePath + "/revise";
        assertThat(changePage.html()).contains("href=\"" + revisePath + "\"");
        Page reviseForm = applicant.get(revisePath);
        assertThat(reviseForm.inputValue("name")).isEqualTo(newName);
        assertThat(reviseForm.sectionTopOf("identity")).contains("新名称须附更名批复");
        String finalName = name + "二代";
        Page resubmitted = applicant.submit(reviseForm, revisePath, change.copy().set("name", finalName)
                .add("effectiveDate", today().plusDays(31).toString()));
        assertThat(resubmitted.path()).isEqualTo(changePath);
        assertThat(resubmitted.textOfId("change-state")).isEqualTo("审核中");

        Page again = reviewer.get(changePath);
        Page firstApproved = reviewer.submit(again, decideForm(again).group(1), new FormData()
                .add("decision", "APPROVE").add("comment", "同意").add("confirmed", "true").add("action", "decide"));
        assertThat(firstApproved.text()).contains("已审核通过");
        Browser province = Browser.loggedIn(port, "reviewer.hubei");
        Page provincial = province.get(changePath);
        Page approved = province.submit(provincial, decideForm(provincial).group(1), new FormData()
                .add("decision", "APPROVE").add("confirmed", "true").add("action", "decide"));
        assertThat(approved.textOfId("change-state")).isEqualTo("已通过");

        Page after = applicant.get("/apps/" + appId);
        assertThat(after.textOfId("case-status")).isEqualTo("已备案");
        assertThat(after.textOfId("filing-number")).isEqualTo(number);
        assertThat(after.text()).contains(finalName, "变更 ");
    }

    @Test
    void aSupervisorRevokesFromTheCasePageWithAReasonAndAConfirmation() {
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        long appId = filedApp(applicant, FilingForms.complete(FilingForms.uniqueName("页面撤销通")));
        String number = applicant.get("/apps/" + appId).textOfId("filing-number");
        String revokePath = "/apps/" + appId + "/revoke";

        Browser supervisor = Browser.loggedIn(port, "supervisor.wuhan");
        Page casePage = supervisor.get("/apps/" + appId);
        assertThat(casePage.html()).contains("href=\"" + revokePath + "\"");
        Page form = supervisor.get(revokePath);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("撤销备案", number, "公开查询自今日起显示为“已撤销”");

        Page unconfirmed = supervisor.submit(form, revokePath, new FormData().add("reason", "强制下载安装"));
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.notesOf("confirmed")).contains("请勾选确认");
        assertThat(unconfirmed.textarea("reason")).isEqualTo("强制下载安装");
        Page noReason = supervisor.submit(form, revokePath, new FormData().add("reason", " ").add("confirmed", "true"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.notesOf("reason")).contains("请填写撤销理由");
        assertThat(applicant.get("/apps/" + appId).textOfId("case-status")).isEqualTo("已备案");

        Page revoked = supervisor.submit(form, revokePath, new FormData().add("reason", "强制下载安装，经督查认定")
                .add("confirmed", "true"));
        assertThat(revoked.path()).isEqualTo("/apps/" + appId);
        assertThat(revoked.text()).contains("已撤销备案，主办单位已收到通知");
        assertThat(revoked.textOfId("case-status")).isEqualTo("已撤销备案");
        assertThat(revoked.html()).doesNotContain("href=\"" + revokePath + "\"");

        Page lookup = Browser.anonymous(port).get("/public/filings?number=" + java.net.URLEncoder.encode(number,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(lookup.text()).contains(number, "已撤销", today().toString());
        assertThat(applicant.get("/notices").text()).contains("备案已撤销", number);
        // once revoked there is nothing to revoke, nor to change
        Page gone = supervisor.get(revokePath);
        assertThat(gone.path()).isEqualTo("/apps/" + appId);
        assertThat(applicant.get("/apps/" + appId + "/changes/new").path()).isEqualTo("/apps/" + appId);
    }

    @Test
    void othersGetTheForbiddenOrTheNotFoundPage() {
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        long appId = filedApp(applicant, FilingForms.complete(FilingForms.uniqueName("页面权限通")));
        assertThat(Browser.loggedIn(port, "reviewer.wuhan").get("/apps/" + appId + "/revoke").status()).isEqualTo(403);
        assertThat(Browser.loggedIn(port, "reviewer.wuhan").get("/apps/" + appId + "/changes/new").status())
                .isEqualTo(403);
        assertThat(Browser.loggedIn(port, "applicant.yichang").get("/apps/" + appId + "/changes/new").status())
                .isEqualTo(404);
        assertThat(Browser.loggedIn(port, "observer.wuhan").get("/changes/987654321").status()).isEqualTo(404);
        // no revoke button for a reviewer, no change button for a supervisor
        Page asReviewer = Browser.loggedIn(port, "reviewer.wuhan").get("/apps/" + appId);
        assertThat(asReviewer.html()).doesNotContain("/revoke\"", "/changes/new\"");
    }
}
