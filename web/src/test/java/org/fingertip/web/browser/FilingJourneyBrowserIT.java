package org.fingertip.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fingertip.web.FingertipApplication;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.FilingSteps;
import org.fingertip.web.support.FormJson;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The filing of an app from the first field to its public number, in Chromium, each step by the user whose work it
 * is: the applicant fills the eight sections and submits; the city reviewer finds it in the inbox and returns it with
 * two gaps; the applicant sees each gap at its section, fixes and resubmits; the city and then the province approve;
 * anyone finds the number in the public lookup.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FilingJourneyBrowserIT {

    @LocalServerPort
    int port;

    /** A complete form of applicant.wuhan's unit, with names no other test uses. */
    private static Map<String, String> completeForm(String name, String tag) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("kind", "APP");
        form.put("audience", "PUBLIC");
        form.put("stores", "华为应用市场");
        form.put("packageName", "cn.gov.wuhan.browser" + tag);
        form.put("handler.name", "李华");
        form.put("handler.post", "信息科科员");
        form.put("handler.phone", "13912345678");
        form.put("handler.email", "lihua@wuhan.gov.cn");
        form.put("projectApproval.reference", "武政数〔2026〕9号");
        form.put("projectApproval.budgetSource", "市级财政资金");
        form.put("projectApproval.fitsDigitalPlan", "true");
        form.put("projectApproval.duplicatesExisting", "false");
        form.put("projectApproval.couldBeModule", "false");
        form.put("projectApproval.sharesData", "true");
        form.put("functions[0].name", "井盖破损随手拍" + tag);
        form.put("functions[0].category", "SERVICE");
        form.put("functions[1].name", "夜市摊位预约" + tag);
        form.put("functions[1].category", "SERVICE");
        form.put("operations.team", "市城管委信息中心");
        form.put("operations.securityTested", "true");
        form.put("operations.mlpsLevel", "2");
        form.put("operations.mlpsAssessed", "true");
        form.put("acceptance.date", "2026-03-18");
        form.put("acceptance.result", "通过上线验收");
        form.put("noSimilarApps", "true");
        form.put("commitmentSigned", "true");
        return form;
    }

    @Test
    void anApplicationIsFiledReturnedWithTwoGapsFixedApprovedTwiceAndFoundByThePublic() {
        String tag = Long.toString(System.nanoTime() % 1_000_000);
        String name = "城管随手拍浏览器" + tag;
        String casePath;
        String phoneGap = "联系电话空号，请核实" + tag;
        String acceptanceGap = "请补充验收报告编号" + tag;

        // 1. The applicant fills the eight sections and submits.
        try (Chromium applicant = Chromium.desktop(port)) {
            applicant.logIn("applicant.wuhan");
            applicant.get("/apps/new");
            assertThat(applicant.findAll(By.cssSelector("main fieldset.section"))).as("the eight sections").hasSize(8);
            completeForm(name, tag).forEach((field, value) -> Forms.fill(applicant, field, value));
            applicant.screenshot("journey-1-filing-form-filled");
            Forms.press(applicant, "action", "submit");
            casePath = applicant.path();
            assertThat(casePath).matches("/apps/\\d+");
            assertThat(applicant.find(By.id("case-status")).getText()).isEqualTo("审核中");
        }

        // 2. The city reviewer finds it in the inbox and returns it with two gaps.
        try (Chromium reviewer = Chromium.desktop(port)) {
            reviewer.logIn("reviewer.wuhan");
            reviewer.get("/inbox?app=" + casePath.substring("/apps/".length()));
            openCaseFromInbox(reviewer, name, casePath);
            reviewer.screenshot("journey-2-reviewer-case");
            Forms.fill(reviewer, "decision", "RETURN");
            Forms.fill(reviewer, "comment", "请一次性补正");
            Forms.fill(reviewer, "gaps[0].section", "handler");
            Forms.fill(reviewer, "gaps[0].message", phoneGap);
            Forms.press(reviewer, "action", "addGap");
            Forms.fill(reviewer, "gaps[1].section", "acceptance");
            Forms.fill(reviewer, "gaps[1].message", acceptanceGap);
            Forms.fill(reviewer, "confirmed", "true");
            Forms.press(reviewer, "action", "decide");
            assertThat(reviewer.path()).isEqualTo(casePath);
            assertThat(reviewer.find(By.id("case-status")).getText()).isEqualTo("已退回");
            assertThat(reviewer.find(By.tagName("main")).getText()).contains(phoneGap, acceptanceGap);
        }

        // 3. The applicant sees each gap at its section, fixes both and resubmits.
        try (Chromium applicant = Chromium.desktop(port)) {
            applicant.logIn("applicant.wuhan");
            applicant.get(casePath + "/edit");
            assertThat(sectionTop(applicant, "handler")).contains(phoneGap).doesNotContain(acceptanceGap);
            assertThat(sectionTop(applicant, "acceptance")).contains(acceptanceGap).doesNotContain(phoneGap);
            applicant.screenshot("journey-3-returned-gaps-at-sections");
            Forms.fill(applicant, "handler.phone", "027-85551234");
            Forms.fill(applicant, "acceptance.result", "通过上线验收（市大数据中心，报告 2026-017）");
            Forms.press(applicant, "action", "submit");
            assertThat(applicant.path()).isEqualTo(casePath);
            assertThat(applicant.find(By.id("case-status")).getText()).isEqualTo("审核中");
        }

        // 4. The city approves, then the province files it with a number.
        approve("reviewer.wuhan", name, casePath, "材料齐全，同意");
        String number = approve("reviewer.hubei", name, casePath, "同意备案");
        assertThat(number).matches("鄂政应备\\d{4}\\d{6}号");

        // 5. Anyone finds it by its number in the public lookup, without logging in.
        try (Chromium anyone = Chromium.desktop(port)) {
            anyone.get("/public/filings");
            Forms.fill(anyone, "number", number);
            anyone.clickAndWait(anyone.find(By.cssSelector("main form button[type=submit]")));
            String found = anyone.find(By.tagName("main")).getText();
            assertThat(found).contains(number, name, "武汉市城市管理执法委员会");
            anyone.screenshot("journey-5-public-lookup-found");
            assertThat(anyone.severeLogs()).isEmpty();
        }
    }

    @Test
    void theFormsSayWhatToFixBeforeAnythingIsSent() {
        try (Chromium applicant = Chromium.desktop(port)) {
            applicant.logIn("applicant.wuhan");
            applicant.get("/apps/new");
            Forms.fill(applicant, "handler.email", "不是邮箱");
            applicant.find(By.name("handler.post")).click();
            applicant.waitUntil(d -> !d.findElements(By.cssSelector("#f-handler-email-notes p.field-error")).isEmpty());
            assertThat(applicant.find(By.cssSelector("#f-handler-email-notes p.field-error")).getText()).contains("邮箱");
            assertThat(applicant.find(By.id("f-handler-email")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(applicant.findAll(By.cssSelector("#f-name-notes p.field-error")))
                    .as("a field not yet touched stays quiet").isEmpty();
            applicant.screenshot("filing-form-inline-check");

            Forms.fill(applicant, "handler.email", "lihua@wuhan.gov.cn");
            applicant.find(By.name("handler.post")).click();
            applicant.waitUntil(d -> d.findElements(By.cssSelector("#f-handler-email-notes p.field-error")).isEmpty());
            assertThat(applicant.path()).as("nothing was sent but the check").isEqualTo("/apps/new");
            assertThat(applicant.severeLogs()).isEmpty();
        }
        try (Chromium reviewer = Chromium.desktop(port)) {
            long appId = new FilingSteps(new ApiClient(port)).createAndSubmit("applicant.wuhan",
                    FormJson.complete("420100-007", FormJson.uniqueName("决定校验")));
            String casePath = "/apps/" + appId;
            reviewer.logIn("reviewer.wuhan");
            reviewer.get(casePath);
            WebElement gaps = reviewer.find(By.cssSelector("form[data-decision] [data-gaps]"));
            assertThat(gaps.isDisplayed()).as("the gaps wait for a return").isFalse();
            Forms.fill(reviewer, "decision", "RETURN");
            assertThat(gaps.isDisplayed()).as("a return asks for its gaps").isTrue();
            Forms.fill(reviewer, "decision", "REJECT");
            Forms.fill(reviewer, "confirmed", "true");
            WebElement decide = reviewer.find(By.cssSelector("form[data-decision] button.primary[value=decide]"));
            reviewer.script("arguments[0].scrollIntoView({block: 'center'})", decide);
            decide.click();
            WebElement said = reviewer.find(By.cssSelector("form[data-decision] p.field-error.live"));
            assertThat(said.getText()).isEqualTo("不予备案须说明理由");
            assertThat(reviewer.path()).as("a rejection without its reason is not sent").isEqualTo(casePath);
            assertThat(reviewer.find(By.id("case-status")).getText()).isEqualTo("审核中");
        }
    }

    /** The reviewer approves the case from its inbox; returns the filing number the case then shows. */
    private String approve(String reviewerName, String name, String casePath, String comment) {
        try (Chromium reviewer = Chromium.desktop(port)) {
            reviewer.logIn(reviewerName);
            reviewer.get("/inbox?app=" + casePath.substring("/apps/".length()));
            openCaseFromInbox(reviewer, name, casePath);
            Forms.fill(reviewer, "decision", "APPROVE");
            Forms.fill(reviewer, "comment", comment);
            Forms.fill(reviewer, "confirmed", "true");
            Forms.press(reviewer, "action", "decide");
            assertThat(reviewer.path()).isEqualTo(casePath);
            assertThat(reviewer.severeLogs()).isEmpty();
            return reviewer.find(By.id("filing-number")).getText();
        }
    }

    /** Finds the app's row in the inbox shown and opens its case. */
    private static void openCaseFromInbox(Chromium reviewer, String name, String casePath) {
        WebElement link = reviewer.findAll(By.cssSelector("main table a[href$='" + casePath + "']")).stream()
                .filter(a -> a.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in the inbox of " + reviewer.path()));
        reviewer.clickAndWait(link);
        assertThat(reviewer.path()).isEqualTo(casePath);
    }

    private static String sectionTop(Chromium browser, String section) {
        return browser.find(By.cssSelector("aside.section-top[data-section='" + section + "']")).getText();
    }
}
