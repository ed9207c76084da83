package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.demo.DemoData;
import org.fingertip.web.page.Browser.FormData;
import org.fingertip.web.page.Browser.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Re-check campaigns through the pages: a supervisor launches one from the form (messages beside the fields, the
 * typed choices kept) and lands on its progress; reviewers see it without the form; other jurisdictions do not.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CampaignPagesIT {
    private static final Pattern CAMPAIGN_PATH = Pattern.compile("^/rechecks/(\\d+)$");

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void aSupervisorLaunchesACampaignFromTheFormAndSeesItsProgress() {
        Browser supervisor = Browser.loggedIn(port, "supervisor.wuhan");
        Page form = supervisor.get("/rechecks");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("专项复核", "发起专项复核", "抽查比例", "抽样种子", "武汉市", "江岸区", "快应用");
        assertThat(form.inputValue("samplePercent")).isEqualTo("50");

        Page zero = supervisor.submit(form, "/rechecks", new FormData().add("departmentCode", "420100")
                .add("kinds", "QUICK_APP").add("kinds", "APP").add("samplePercent", "0").add("seed", "11"));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.notesOf("samplePercent")).isEqualTo("抽查比例应为 1 至 100 的整数百分比");
        assertThat(zero.checked("kinds", "QUICK_APP")).isTrue();
        assertThat(zero.checked("kinds", "WORK_GROUP")).isFalse();
        assertThat(zero.inputValue("seed")).isEqualTo("11");
        assertThat(zero.textOfId("error-summary")).contains("有 1 处需要修改");

        Page garbled = supervisor.submit(zero, "/rechecks", new FormData().add("departmentCode", "420100")
                .add("samplePercent", "一半"));
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.notesOf("samplePercent")).isNotBlank();

        Page nothing = supervisor.submit(garbled, "/rechecks", new FormData().add("departmentCode", "420100")
                .add("levels", "VILLAGE").add("kinds", "INFO_SYSTEM").add("samplePercent", "50"));
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(nothing.textOfId("error-summary")).contains("没有符合条件的已备案或已登记应用");

        Page foreign = supervisor.submit(nothing, "/rechecks", new FormData().add("departmentCode", "420500")
                .add("samplePercent", "50"));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.notesOf("departmentCode")).contains("420500");

        Page launched = supervisor.submit(foreign, "/rechecks", new FormData().add("departmentCode", "420100")
                .add("samplePercent", "1").add("seed", "11"));
        Matcher path = CAMPAIGN_PATH.matcher(launched.path());
        assertThat(path.find()).as("landed on the campaign: %s", launched.path()).isTrue();
        long id = Long.parseLong(path.group(1));
        try {
            assertThat(launched.status()).isEqualTo(200);
            assertThat(launched.text()).contains("专项复核已发起", "专项复核 " + id, "启动中", "武汉市（420100）",
                    "1%", "11", "supervisor.wuhan", "待启动");
            String selected = launched.html().replaceAll("(?s).*data-figure=\"selected\">(\\d+)<.*", "$1");
            assertThat(Integer.parseInt(selected)).isPositive();
            assertThat(launched.html()).contains("data-figure=\"pending\">" + selected + "<",
                    "data-verdict=\"KEEP\">0<");

            Browser reviewer = Browser.loggedIn(port, "reviewer.wuhan");
            Page list = reviewer.get("/rechecks");
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.hasForm("/rechecks")).as("only supervisors launch").isFalse();
            assertThat(list.html()).contains("data-campaign=\"" + id + "\"");
            assertThat(reviewer.get("/rechecks/" + id).status()).isEqualTo(200);

            assertThat(Browser.loggedIn(port, "reviewer.yichang").get("/rechecks/" + id).status()).isEqualTo(404);
            assertThat(Browser.loggedIn(port, "reviewer.yichang").get("/rechecks").html())
                    .doesNotContain("data-campaign=\"" + id + "\"");
        } finally {
            // the sampled demo apps stay as they were for the other tests: this campaign is never started
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("campaign:" + id).list()
                    .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "测试结束，不启动"));
        }
    }

    @Test
    void onlySupervisorsReviewersAndAdministratorsSeeCampaigns() {
        assertThat(Browser.loggedIn(port, "applicant.wuhan").get("/rechecks").status()).isEqualTo(403);
        assertThat(Browser.loggedIn(port, "observer.wuhan").get("/rechecks").status()).isEqualTo(403);
        assertThat(Browser.loggedIn(port, "admin").get("/rechecks").status()).isEqualTo(200);
        Browser reviewer = Browser.loggedIn(port, "reviewer.wuhan");
        Page list = reviewer.get("/rechecks");
        Page refused = reviewer.post("/rechecks", new FormData().add("samplePercent", "50")
                .add("_csrf", Page.csrfOf(list.form("/logout"))));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(reviewer.get("/rechecks/987654321").status()).isEqualTo(404);
        assertThat(reviewer.get("/rechecks/abc").status()).isEqualTo(400);
    }

    @Test
    void theCampaignPagesSpeakEnglishOnRequest() {
        Browser english = Browser.withLanguage(port, "en");
        english.submit(english.get("/login"), "/login", new FormData().add("username", "supervisor.hubei")
                .add("password", DemoData.DEMO_PASSWORD));
        Page page = english.get("/rechecks");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("lang=\"en\"");
        assertThat(page.text()).contains("Re-check campaigns", "Launch a campaign", "Sample (%)", "Sampling seed",
                "Quick app");
        assertThat(Browser.loggedIn(port, "supervisor.hubei").get("/rechecks").text()).contains("发起专项复核");
    }
}
