package org.fingertip.web.exit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.FilingSteps;
import org.fingertip.web.support.FormJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Clearance and exit over real HTTP, with the demo users: from filing through a re-check's EXIT to EXITED. */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExitApiIT {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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

    private long filedWuhanApp(String name) {
        long appId = steps.createAndSubmit("applicant.wuhan", FormJson.complete("420100-007", name));
        steps.approve("reviewer.wuhan", appId, "FIRST_REVIEW");
        steps.approve("reviewer.hubei", appId, "PROVINCIAL_REVIEW");
        return appId;
    }

    private static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    private static ObjectNode plan(int offlineInDays) {
        ObjectNode plan = FormJson.object();
        plan.put("reason", "ZOMBIE");
        plan.put("toPlatform", false);
        ObjectNode data = plan.putArray("data").addObject();
        data.put("category", "办件记录");
        data.put("disposition", "ARCHIVE");
        data.put("retentionYears", 10);
        ObjectNode accounts = ((com.fasterxml.jackson.databind.node.ArrayNode) plan.get("data")).addObject();
        accounts.put("category", "用户账号");
        accounts.put("disposition", "DESTROY");
        plan.put("userNotice", "本应用将于下线日期停止服务，相关事项请通过鄂汇办办理。");
        plan.put("offlineDate", today().plusDays(offlineInDays).toString());
        return plan;
    }

    /** Runs the exit's notice timer, as the job executor would at the offline date (it is off in tests). */
    private void offlineDateComes(long exitId) {
        String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("AppExitProcess").variableValueEquals("exitId", exitId)
                .singleResult().getId();
        Job notice = managementService.createJobQuery().processInstanceId(instance).timers()
                .activityId("Timer_NoticePeriod").singleResult();
        assertThat(notice.getDuedate().toInstant())
                .isEqualTo(today().plusDays(30).atStartOfDay(SHANGHAI).toInstant());
        managementService.executeJob(notice.getId());
    }

    @Test
    void anAppGoesFromFilingThroughARecheckExitVerdictToExitedWithItsWholeHistory() {
        String name = FormJson.uniqueName("清理退出城管通");
        long appId = filedWuhanApp(name);
        String number = steps.app("applicant.wuhan", appId).path("filingNumber").asText();

        api.as("supervisor.wuhan").post("/api/apps/" + appId + "/recheck").expectJson(201);
        api.as("applicant.wuhan").post("/api/apps/" + appId + "/recheck/self-inspection",
                Map.of("proposal", "EXIT", "statement", "用户已转至鄂汇办，本应用不再使用")).expectJson(200);
        JsonNode confirmed = api.as("reviewer.wuhan").post("/api/apps/" + appId + "/recheck/confirm",
                Map.of("verdict", "EXIT", "overrideReason", "主办单位自查提出退出，核实属实")).expectJson(200).json();
        assertThat(confirmed.path("outcome").asText()).isEqualTo("EXIT_HANDED_OVER");

        JsonNode handedOver = api.as("applicant.wuhan").get("/api/apps/" + appId + "/exit").expectJson(200).json();
        assertThat(handedOver.path("state").asText()).isEqualTo("PLANNING");
        assertThat(handedOver.path("trigger").asText()).isEqualTo("RECHECK_VERDICT");
        long exitId = handedOver.path("id").asLong();
        String planTask = steps.task("applicant.wuhan", appId, "EXIT_PLAN").path("id").asText();
        assertThat(api.as("applicant.wuhan").post("/api/tasks/" + planTask + "/complete",
                FormJson.decision("APPROVE", "x")).expectProblem(409).detail()).contains("/api/apps/" + appId + "/exit");

        api.as("applicant.wuhan").post("/api/apps/" + appId + "/exit", plan(29)).expectProblem(400)
                .assertNamesField("offlineDate");
        api.as("applicant.wuhan").post("/api/apps/" + appId + "/exit", plan(30)).expectJson(200);
        steps.task("reviewer.wuhan", appId, "REVIEW_EXIT_PLAN");
        JsonNode published = api.as("reviewer.wuhan").post("/api/apps/" + appId + "/exit/plan-decision",
                Map.of("approved", true, "comment", "同意")).expectJson(200).json();
        assertThat(published.path("state").asText()).isEqualTo("NOTICE");
        assertThat(steps.status("applicant.wuhan", appId)).isEqualTo("EXITING");

        JsonNode notices = api.anonymous().get("/api/public/notices?q=" + URLEncoder.encode(name,
                StandardCharsets.UTF_8)).expectJson(200).json();
        assertThat(notices.path("items")).singleElement().satisfies(n -> {
            assertThat(n.path("filingNumber").asText()).isEqualTo(number);
            assertThat(n.path("offlineDate").asText()).isEqualTo(today().plusDays(30).toString());
            assertThat(n.path("state").asText()).isEqualTo("公告中");
            assertThat(n.path("userNotice").asText()).contains("鄂汇办");
        });

        api.as("applicant.wuhan").post("/api/apps/" + appId + "/exit/offline",
                Map.of("storesDelisted", List.of("华为应用市场"), "serviceStopped", true, "evidence", "回执"))
                .expectProblem(409);
        offlineDateComes(exitId);
        api.as("applicant.wuhan").post("/api/apps/" + appId + "/exit/offline",
                Map.of("storesDelisted", List.of("华为应用市场"), "serviceStopped", true, "evidence", "回执"))
                .expectProblem(422).assertNamesField("storesDelisted");
        api.as("applicant.wuhan").post("/api/apps/" + appId + "/exit/offline",
                Map.of("storesDelisted", List.of("华为应用市场", "苹果 App Store"), "serviceStopped", true,
                        "evidence", "两个应用市场的下架回执")).expectJson(200);
        api.as("applicant.wuhan").post("/api/apps/" + appId + "/exit/deregistration",
                Map.of("statement", "数据已按方案归档和销毁")).expectJson(200);
        JsonNode exited = api.as("reviewer.wuhan").post("/api/apps/" + appId + "/exit/verify",
                Map.of("accepted", true)).expectJson(200).json();
        assertThat(exited.path("state").asText()).isEqualTo("EXITED");

        assertThat(steps.status("applicant.wuhan", appId)).isEqualTo("EXITED");
        List<String> transitions = new ArrayList<>();
        for (JsonNode h : steps.history("applicant.wuhan", appId)) {
            transitions.add(h.path("from").asText("null") + ">" + h.path("to").asText());
            assertThat(h.path("actor").asText()).as("actor of %s", h).isNotBlank();
            assertThat(h.path("reason").asText()).as("reason of %s", h).isNotBlank();
        }
        assertThat(transitions).containsExactly("null>DRAFT", "DRAFT>UNDER_REVIEW", "UNDER_REVIEW>FILED",
                "FILED>UNDER_RECHECK", "UNDER_RECHECK>EXITING", "EXITING>EXITED");
        List<JsonNode> history = steps.history("applicant.wuhan", appId);
        assertThat(history.get(5).path("actor").asText()).isEqualTo("reviewer.wuhan");
        assertThat(history.get(5).path("reason").asText()).contains(number, "注销");
        JsonNode lookup = api.anonymous().get("/api/public/filings?number=" + URLEncoder.encode(number,
                StandardCharsets.UTF_8)).expectJson(200).json();
        assertThat(lookup).singleElement().satisfies(f -> {
            assertThat(f.path("filingStatus").asText()).isEqualTo("DEREGISTERED");
            assertThat(f.path("since").asText()).isNotBlank();
        });
        JsonNode steps = api.as("reviewer.wuhan").get("/api/apps/" + appId + "/exit").expectJson(200).json()
                .path("steps");
        assertThat(steps).extracting(s -> s.path("action").asText()).containsExactly("启动退出", "提交退出方案",
                "批准退出方案", "发布公告", "公告期满", "确认下架停服", "申请注销", "注销核验通过");
        JsonNode figures = api.as("supervisor.wuhan").get("/api/exits/figures").expectJson(200).json();
        assertThat(figures.path("overall").path("departmentCode").asText()).isEqualTo("420100");
        assertThat(figures.path("overall").path("closed").asLong()).isPositive();
        assertThat(figures.path("overall").path("examined").asLong()).isGreaterThanOrEqualTo(
                figures.path("overall").path("closed").asLong() + figures.path("overall").path("exiting").asLong());
        assertThat(figures.path("byDivision").findValuesAsText("departmentCode")).contains("420102", "420106");
        JsonNode province = api.as("supervisor.hubei").get("/api/exits/figures").expectJson(200).json();
        assertThat(province.path("byDivision").findValuesAsText("departmentCode")).contains("420100", "420500");
        api.as("supervisor.wuhan").get("/api/exits/figures?department=420500").expectProblem(404);
        api.as("supervisor.wuhan").get("/api/exits/figures?department=abc").expectProblem(400);
    }

    @Test
    void aSupervisorDirectsAnExitAndADeadlineInsideTheNoticePeriodIsMovedWithTheReason() {
        long appId = filedWuhanApp(FormJson.uniqueName("限期关停应用"));
        api.as("supervisor.wuhan").post("/api/apps/" + appId + "/exit/direct", Map.of("reason", "x"))
                .expectProblem(400).assertNamesField("deadline");
        JsonNode directed = api.as("supervisor.wuhan").post("/api/apps/" + appId + "/exit/direct",
                Map.of("deadline", today().plusDays(7).toString(), "reason", "功能重复，限期关停")).expectJson(201).json();
        assertThat(directed.path("effectiveDeadline").asText()).isEqualTo(today().plusDays(30).toString());
        assertThat(directed.path("deadlineNote").asText()).contains("须先公告 30 天");
        api.as("supervisor.wuhan").post("/api/apps/" + appId + "/exit/direct",
                Map.of("deadline", today().plusDays(40).toString(), "reason", "再次")).expectProblem(409);
        api.as("applicant.wuhan").post("/api/apps/" + appId + "/exit", plan(30)).expectJson(200);

        JsonNode list = api.as("supervisor.wuhan").get("/api/exits?state=PLAN_REVIEW&size=200").expectJson(200)
                .json();
        assertThat(list.path("items").findValuesAsText("appId")).contains(String.valueOf(appId));
        assertThat(api.as("reviewer.yichang").get("/api/exits?size=200").expectJson(200).json().path("items")
                .findValuesAsText("appId")).doesNotContain(String.valueOf(appId));
    }

    @Test
    void theDemoHasAPublishedNoticeAndADirectedExitWaitingForItsPlan() {
        JsonNode notices = api.anonymous().get("/api/public/notices").expectJson(200).json();
        assertThat(notices.path("items").findValuesAsText("state")).contains("公告中");
        assertThat(notices.path("items").findValuesAsText("userNotice")).anyMatch(t -> t.contains("鄂汇办"));
        JsonNode planning = api.as("supervisor.wuhan").get("/api/exits?state=PLANNING&size=200").expectJson(200).json();
        assertThat(planning.path("items").findValuesAsText("trigger")).contains("SUPERVISOR_DIRECTION");
    }

    @Test
    void onlyTheRightRolesActAndForeignAppsAreNotFound() {
        long appId = filedWuhanApp(FormJson.uniqueName("退出权限应用"));
        api.as("reviewer.wuhan").post("/api/apps/" + appId + "/exit", plan(30)).expectProblem(403);
        api.as("applicant.yichang").post("/api/apps/" + appId + "/exit", plan(30)).expectProblem(404);
        api.as("reviewer.wuhan").post("/api/apps/" + appId + "/exit/direct",
                Map.of("deadline", today().plusDays(40).toString(), "reason", "x")).expectProblem(403);
        api.as("applicant.wuhan").get("/api/apps/" + appId + "/exit").expectProblem(404);
        api.as("applicant.wuhan").post("/api/apps/" + appId + "/exit", plan(30)).expectJson(201);
        api.as("applicant.wuhan").post("/api/apps/" + appId + "/exit/plan-decision", Map.of("approved", true))
                .expectProblem(403);
        api.as("reviewer.hubei").post("/api/apps/" + appId + "/exit/plan-decision", Map.of("approved", true))
                .expectProblem(403);
        api.as("reviewer.yichang").get("/api/apps/" + appId + "/exit").expectProblem(404);
        api.as("reviewer.wuhan").post("/api/apps/" + appId + "/exit/plan-decision", Map.of("comment", "x"))
                .expectProblem(400).assertNamesField("approved");
        api.as("reviewer.wuhan").post("/api/apps/" + appId + "/exit/plan-decision", Map.of("approved", false))
                .expectProblem(400).assertNamesField("comment");
        JsonNode returned = api.as("reviewer.wuhan").post("/api/apps/" + appId + "/exit/plan-decision",
                Map.of("approved", false, "comment", "请补充用户账号的处置")).expectJson(200).json();
        assertThat(returned.path("state").asText()).isEqualTo("PLANNING");
        api.as("applicant.wuhan").post("/api/apps/" + appId + "/exit/verify", Map.of("accepted", true))
                .expectProblem(403);
        api.as("reviewer.wuhan").post("/api/apps/" + appId + "/exit/verify", Map.of("accepted", true))
                .expectProblem(409);
        api.as("observer.wuhan").get("/api/exits").expectProblem(403);
        api.anonymous().get("/api/public/notices?q=" + "x".repeat(51)).expectProblem(400);
        api.as("applicant.wuhan").postRaw("/api/apps/" + appId + "/exit", "{\"reason\":\"BORED\"}").expectProblem(400);
        api.as("applicant.wuhan").postRaw("/api/apps/" + appId + "/exit", "{\"offlineDate\":\"tomorrow\"}")
                .expectProblem(400);
    }
}
