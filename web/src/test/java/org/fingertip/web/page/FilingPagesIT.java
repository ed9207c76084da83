package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fingertip.web.FingertipApplication;
import org.fingertip.web.page.Browser.FormData;
import org.fingertip.web.page.Browser.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The filing flow through the pages, end to end with the real templates over real HTTP: an applicant files with a
 * missing field, completes and submits; the city reviewer returns it with two gaps; the applicant revises and
 * resubmits; the city approves the first review and the province files it; the public lookup finds the number.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FilingPagesIT {
    private static final Pattern EDIT_ACTION = Pattern.compile("action=\"/apps/(\\d+)/edit\"");
    private static final Pattern DECIDE_ACTION = Pattern.compile("action=\"(/apps/\\d+/tasks/([^/\"]+)/decide)\"");

    @LocalServerPort
    int port;

    @Test
    void applicationIsFiledReturnedRevisedAndApprovedThroughThePages() {
        String name = FilingForms.uniqueName("城管执法通");
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");

        // 1. The new form, in its eight sections.
        Page blank = applicant.get("/apps/new");
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.text()).contains("新建备案申请", "一、主办单位", "二、应用名称与类型", "三、经办人", "四、立项情况",
                "五、功能清单", "六、运维与安全", "七、上线验收", "八、同类应用与承诺", "保存草稿", "提交审核", "增加一行");
        assertThat(blank.inputValue("ownerDepartmentCode")).isEqualTo("420100-007");
        assertThat(blank.inputValue("functions[2].name")).as("three blank function rows").isEmpty();

        // 2. Submitted without the handler's phone: saved as a draft, the message beside the phone, nothing lost.
        Page missing = applicant.submit(blank, "/apps/new", FilingForms.complete(name)
                .set("handler.phone", "").add("action", "submit"));
        assertThat(missing.status()).as(missing.toString()).isEqualTo(422);
        assertThat(missing.notesOf("handler.phone")).isEqualTo("请填写经办人联系电话");
        assertThat(missing.notesOf("name")).isEmpty();
        assertThat(missing.textOfId("error-summary")).startsWith("草稿已保存，但未能提交：申请表不完整");
        assertThat(missing.html()).contains("href=\"#f-handler-phone\"");
        assertThat(missing.inputValue("name")).isEqualTo(name);
        assertThat(missing.inputValue("handler.email")).isEqualTo("lihua@wuhan.gov.cn");
        assertThat(missing.inputValue("functions[0].name")).startsWith("占道经营线索登记");
        assertThat(missing.textarea("stores")).isEqualTo("华为应用市场\n苹果 App Store");
        assertThat(missing.checked("projectApproval.sharesData", "true")).isTrue();
        assertThat(missing.checked("commitmentSigned", "true")).isTrue();
        Matcher edit = EDIT_ACTION.matcher(missing.html());
        assertThat(edit.find()).as("the re-rendered form now edits the saved draft").isTrue();
        long id = Long.parseLong(edit.group(1));
        String editPath = "/apps/" + id + "/edit";
        String casePath = "/apps/" + id;
        assertThat(applicant.get(casePath).textOfId("case-status")).isEqualTo("草稿");

        // 3. Completed and submitted: under review.
        Page submitted = applicant.submit(missing, editPath, FilingForms.complete(name).add("action", "submit"));
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.path()).isEqualTo(casePath);
        assertThat(submitted.text()).contains("已提交审核");
        assertThat(submitted.textOfId("case-status")).isEqualTo("审核中");

        // 4. The city reviewer finds it in the inbox, due first, opens it and returns it with two gaps.
        Browser wuhan = Browser.loggedIn(port, "reviewer.wuhan");
        Page inbox = wuhan.inboxPageWith(name);
        assertThat(inbox.text()).contains("待办", "按办理期限排列", name, "市级初审");
        assertThat(inbox.html()).contains("href=\"" + casePath + "\"");
        Page caseForReviewer = wuhan.get(casePath);
        assertThat(caseForReviewer.text()).contains(name, "审核中", "武汉市城市管理执法委员会", "我已核对", "李华");
        Matcher decide = DECIDE_ACTION.matcher(caseForReviewer.html());
        assertThat(decide.find()).as("the decision form for the city reviewer").isTrue();
        String taskId = decide.group(2);

        Page claimed = wuhan.submit(caseForReviewer, casePath + "/tasks/" + taskId + "/claim", new FormData());
        assertThat(claimed.path()).isEqualTo(casePath);
        assertThat(claimed.text()).contains("已签收");
        assertThat(claimed.hasForm(casePath + "/tasks/" + taskId + "/unclaim")).isTrue();

        String phoneGap = "联系电话空号，请核实后重新填写" + id;
        String acceptanceGap = "请补充上线验收单位及验收报告编号" + id;
        Page returned = wuhan.submit(claimed, decide.group(1), new FormData()
                .add("decision", "RETURN").add("comment", "请一次性补正")
                .add("gaps[0].section", "handler").add("gaps[0].message", phoneGap)
                .add("gaps[1].section", "acceptance").add("gaps[1].message", acceptanceGap)
                .add("gaps[2].section", "").add("gaps[2].message", "")
                .add("confirmed", "true").add("_confirmed", "on").add("action", "decide"));
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.path()).isEqualTo(casePath);
        assertThat(returned.textOfId("case-status")).isEqualTo("已退回");
        assertThat(returned.text()).contains("已退回申请人补正", "退回问题（共 2 项）", phoneGap, acceptanceGap);
        assertThat(returned.hasForm(decide.group(1))).as("no decision form once decided").isFalse();

        // 5. The applicant sees each gap at the top of its section, revises and resubmits.
        Page revise = applicant.get(editPath);
        assertThat(revise.status()).isEqualTo(200);
        assertThat(revise.text()).contains("本申请已被退回，共 2 项问题");
        assertThat(revise.sectionTopOf("handler")).contains(phoneGap).doesNotContain(acceptanceGap);
        assertThat(revise.sectionTopOf("acceptance")).contains(acceptanceGap).doesNotContain(phoneGap);
        assertThat(revise.sectionTopOf("identity")).isEmpty();
        assertThat(revise.inputValue("handler.phone")).isEqualTo("13912345678");
        Page applicantInbox = applicant.inboxPageWith(name);
        assertThat(applicantInbox.text()).contains(name, "补正材料");
        assertThat(applicantInbox.html()).contains("href=\"" + editPath + "\"");

        Page resubmitted = applicant.submit(revise, editPath, FilingForms.complete(name)
                .set("handler.phone", "027-85551234").set("acceptance.result", "通过上线验收（市大数据中心，报告 2026-017）")
                .add("action", "submit"));
        assertThat(resubmitted.path()).isEqualTo(casePath);
        assertThat(resubmitted.textOfId("case-status")).isEqualTo("审核中");
        assertThat(resubmitted.text()).contains("027-85551234");

        // 6. The city approves the first review (deciding claims the task on the way).
        Page again = wuhan.get(casePath);
        Matcher decideAgain = DECIDE_ACTION.matcher(again.html());
        assertThat(decideAgain.find()).isTrue();
        Page firstApproved = wuhan.submit(again, decideAgain.group(1), new FormData()
                .add("decision", "APPROVE").add("comment", "材料齐全，同意").add("confirmed", "true")
                .add("action", "decide"));
        assertThat(firstApproved.textOfId("case-status")).isEqualTo("审核中");
        assertThat(firstApproved.text()).contains("已审核通过", "省级审核");
        assertThat(firstApproved.html()).doesNotContain("/decide\"");

        // 7. The province files it.
        Browser hubei = Browser.loggedIn(port, "reviewer.hubei");
        assertThat(hubei.inboxPageWith(name).text()).contains(name, "省级审核");
        Page provincial = hubei.get(casePath);
        Matcher decideProvince = DECIDE_ACTION.matcher(provincial.html());
        assertThat(decideProvince.find()).as("the decision form for the province").isTrue();
        Page filed = hubei.submit(provincial, decideProvince.group(1), new FormData()
                .add("decision", "APPROVE").add("comment", "同意备案").add("confirmed", "true").add("action", "decide"));
        assertThat(filed.textOfId("case-status")).isEqualTo("已备案");
        int year = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).getYear();
        String number = filed.textOfId("filing-number");
        assertThat(number).matches("鄂政应备" + year + "\\d{6}号");
        assertThat(filed.text()).contains("审核通过，予以备案：" + number, "材料齐全，同意", "同意备案");

        // The history, oldest first, with the Chinese labels of each step.
        String history = filed.html().substring(filed.html().indexOf("id=\"history\""));
        assertThat(Browser.Page.text(history)).containsSubsequence("新建 → 草稿", "草稿 → 审核中", "审核中 → 已退回",
                "已退回 → 审核中", "审核中 → 已备案");
        assertThat(applicant.get(casePath).textOfId("filing-number")).isEqualTo(number);

        // 8. Anyone finds it in the public lookup, by number and by name.
        Browser anyone = Browser.anonymous(port);
        Page byNumber = anyone.get("/public/filings?number=" + URLEncoder.encode(number,
                StandardCharsets.UTF_8));
        assertThat(byNumber.status()).isEqualTo(200);
        assertThat(byNumber.text()).contains(number, name, "武汉市城市管理执法委员会", "有效", "移动应用（APP）");
        Page byName = anyone.get("/public/filings?name=" + URLEncoder.encode(name,
                StandardCharsets.UTF_8));
        assertThat(byName.text()).contains(number, "有效");
    }
}
