package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The inbox pages in a browser's place: the three views with their counts and filters, a wrong filter named beside
 * its field, one task with its due date, hand-over refusals beside the receiver's field, an urge once a day, and the
 * case's comment thread.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InboxPagesIT {
    @LocalServerPort
    int port;

    ApiClient api;
    FilingSteps steps;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        steps = new FilingSteps(api);
    }

    @Test
    void theInboxShowsItsViewsCountsAndFiltersAndNamesAWrongFilter() {
        String name = FormJson.uniqueName("页面待办通");
        long appId = steps.createAndSubmit("applicant.wuhan", FormJson.complete("420100-007", name));

        Browser reviewer = Browser.loggedIn(port, "reviewer.wuhan");
        Page todo = reviewer.get("/inbox?app=" + appId);
        assertThat(todo.status()).isEqualTo(200);
        assertThat(todo.text()).contains("待办", "已办", "抄送", name, "市级初审", "备案申请");
        assertThat(todo.html()).contains("href=\"/inbox?view=done&amp;app=" + appId + "&amp;\"");

        Page done = reviewer.get("/inbox?view=done&app=" + appId);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.text()).doesNotContain(name);

        Page wrong = reviewer.get("/inbox?due=LATE&process=NONE");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.notesOf("due")).contains("ON_TIME");
        assertThat(wrong.notesOf("process")).contains("FILING");
        Page unknown = reviewer.get("/inbox?department=abc");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.notesOf("department")).contains("区划代码");
    }

    @Test
    void aTaskPageHandsOverOnlyWithinTheOfficeAndSaysWhyBesideTheField() {
        String name = FormJson.uniqueName("页面转办通");
        long appId = steps.createAndSubmit("applicant.wuhan", FormJson.complete("420100-007", name));
        String task = steps.task("reviewer.wuhan", appId, "FIRST_REVIEW").path("id").asText();

        Browser reviewer = Browser.loggedIn(port, "reviewer.wuhan");
        Page page = reviewer.get("/tasks/" + task);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("市级初审", name, "办理期限", "提醒时间", "办理经过", "生成待办");
        Page claimed = reviewer.submit(page, "/tasks/" + task + "/claim", new FormData());
        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.text()).contains("转办", "委派");

        Page refused = reviewer.submit(claimed, "/tasks/" + task + "/hand-over",
                new FormData().add("to", "reviewer.yichang").add("how", "transfer"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.notesOf("to")).contains("管辖范围");
        assertThat(refused.inputValue("to")).isEqualTo("reviewer.yichang");
        assertThat(api.as("reviewer.wuhan").get("/api/tasks?app=" + appId).expectJson(200).json().path("items")
                .get(0).path("assignee").asText()).as("nothing changed").isEqualTo("reviewer.wuhan");
    }

    @Test
    void anUrgeFromTheTaskPageGoesOutOnceADay() {
        long appId = steps.createAndSubmit("applicant.wuhan",
                FormJson.complete("420100-007", FormJson.uniqueName("页面催办通")));
        String task = steps.task("reviewer.wuhan", appId, "FIRST_REVIEW").path("id").asText();
        api.as("reviewer.wuhan").post("/api/tasks/" + task + "/claim").expectJson(200);

        Browser supervisor = Browser.loggedIn(port, "supervisor.wuhan");
        Page page = supervisor.get("/tasks/" + task);
        Page urged = supervisor.submit(page, "/tasks/" + task + "/urge", new FormData().add("note", "请尽快办理"));
        assertThat(urged.status()).isEqualTo(200);
        assertThat(urged.text()).contains("已催办", "人工催办");
        Page again = supervisor.submit(urged, "/tasks/" + task + "/urge", new FormData().add("note", "再催"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.notesOf("note")).contains("今天已催办");
    }

    @Test
    void aCommentIsAddedOnTheCasePageAndAnEmptyOneIsNamedBesideTheField() {
        long appId = steps.createAndSubmit("applicant.wuhan",
                FormJson.complete("420100-007", FormJson.uniqueName("页面意见通")));
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        Page casePage = applicant.get("/apps/" + appId);
        assertThat(casePage.text()).contains("意见交流", "暂无意见");

        Page empty = applicant.submit(casePage, "/apps/" + appId + "/comments", new FormData().add("body", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.notesOf("body")).contains("请填写意见内容");

        Page posted = applicant.submit(casePage, "/apps/" + appId + "/comments",
                new FormData().add("body", "验收报告已补充"));
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.text()).contains("意见已提交", "验收报告已补充", "applicant.wuhan");
        assertThat(Browser.loggedIn(port, "reviewer.wuhan").get("/apps/" + appId).text()).contains("验收报告已补充");
        assertThat(api.as("reviewer.wuhan").get("/api/apps/" + appId + "/comments").expectJson(200).json())
                .hasSize(1);
    }
}
