package org.fingertip.web.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.fingertip.web.FingertipApplication;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.FilingSteps;
import org.fingertip.web.support.FormJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ledger over real HTTP with the demo users: a supervisor opens an item, the owner unit reports the fix, the
 * city reviewer sends it back and then closes it; the list filters; tasks show in the inboxes with their types.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerApiIT {
    @LocalServerPort
    int port;

    ApiClient api;
    FilingSteps steps;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        steps = new FilingSteps(api);
    }

    private long filedWuhanApp() {
        long appId = steps.createAndSubmit("applicant.wuhan",
                FormJson.complete("420100-007", FormJson.uniqueName("台账城管通")));
        steps.approve("reviewer.wuhan", appId, "FIRST_REVIEW");
        steps.approve("reviewer.hubei", appId, "PROVINCIAL_REVIEW");
        assertThat(steps.status("applicant.wuhan", appId)).isEqualTo("FILED");
        return appId;
    }

    private long open(long appId) {
        JsonNode item = api.as("supervisor.wuhan").post("/api/ledger",
                Map.of("appId", appId, "category", "BURDEN", "finding", "要求网格员每日签到并排名")).expectJson(201).json();
        assertThat(item.path("state").asText()).isEqualTo("OPEN");
        assertThat(item.path("source").asText()).isEqualTo("SUPERVISOR");
        return item.path("id").asLong();
    }

    @Test
    void anItemIsReportedFixedSentBackReportedAgainAndClosed() {
        long appId = filedWuhanApp();
        long itemId = open(appId);
        JsonNode fixTask = steps.task("applicant.wuhan", appId, "FIX_ITEM");
        assertThat(fixTask.path("due").asText()).isNotBlank();

        api.as("applicant.wuhan").post("/api/ledger/" + itemId + "/report-fixed", Map.of("evidence", "已删除签到排名功能"))
                .expectJson(200);
        steps.task("reviewer.wuhan", appId, "VERIFY_FIX");
        JsonNode sentBack = api.as("reviewer.wuhan").post("/api/ledger/" + itemId + "/verify",
                Map.of("accepted", false, "comment", "“我的”页面仍有签到入口")).expectJson(200).json();
        assertThat(sentBack.path("state").asText()).isEqualTo("SENT_BACK");

        api.as("applicant.wuhan").post("/api/ledger/" + itemId + "/report-fixed", Map.of("evidence", "入口已删除，见 2.1 版"))
                .expectJson(200);
        JsonNode closed = api.as("reviewer.wuhan").post("/api/ledger/" + itemId + "/verify",
                Map.of("accepted", true, "comment", "核验通过")).expectJson(200).json();
        assertThat(closed.path("state").asText()).isEqualTo("CLOSED");

        JsonNode read = api.as("supervisor.wuhan").get("/api/ledger/" + itemId).expectJson(200).json();
        List<String> states = read.path("steps").findValuesAsText("to");
        assertThat(states).containsExactly("OPEN", "REPORTED_FIXED", "SENT_BACK", "REPORTED_FIXED", "CLOSED");
        assertThat(steps.tasksOf("applicant.wuhan", appId)).isEmpty();
    }

    @Test
    void theListIsLimitedToTheJurisdictionAndFilters() {
        long appId = filedWuhanApp();
        long itemId = open(appId);
        JsonNode wuhan = api.as("supervisor.wuhan").get("/api/ledger?state=OPEN&category=BURDEN&size=200")
                .expectJson(200).json();
        assertThat(wuhan.path("items").findValuesAsText("id")).contains(String.valueOf(itemId));
        assertThat(api.as("reviewer.yichang").get("/api/ledger?size=200").expectJson(200).json()
                .path("items").findValuesAsText("id")).doesNotContain(String.valueOf(itemId));
        assertThat(api.as("applicant.yichang").get("/api/ledger/" + itemId).status()).isEqualTo(404);
        assertThat(api.as("supervisor.wuhan").get("/api/ledger?overdue=true&size=200").expectJson(200).json()
                .path("items").findValuesAsText("id")).doesNotContain(String.valueOf(itemId));
    }

    @Test
    void rulesOfTheLedgerAnswerWithTheRightProblem() {
        long appId = filedWuhanApp();
        long itemId = open(appId);
        api.as("applicant.wuhan").post("/api/ledger/" + itemId + "/report-fixed", Map.of("evidence", " "))
                .expectProblem(422).assertNamesField("evidence");
        api.as("reviewer.wuhan").post("/api/ledger/" + itemId + "/verify", Map.of("accepted", true))
                .expectProblem(409);
        api.as("supervisor.wuhan").post("/api/ledger", Map.of("appId", appId, "category", "NOPE", "finding", "x"))
                .expectProblem(400).assertNamesField("category");
        api.as("supervisor.wuhan").post("/api/ledger/" + itemId + "/decide-overdue",
                Map.of("decision", "REVOKE", "reason", "逾期")).expectProblem(409);
        api.as("reviewer.wuhan").post("/api/ledger", Map.of("appId", appId, "category", "OTHER", "finding", "x"))
                .expectProblem(403);
        String fixTask = steps.task("applicant.wuhan", appId, "FIX_ITEM").path("id").asText();
        JsonNode wrongCall = api.as("applicant.wuhan").post("/api/tasks/" + fixTask + "/complete",
                FormJson.decision("APPROVE", "x")).expectProblem(409).json();
        assertThat(wrongCall.path("detail").asText()).contains("/api/ledger/" + itemId + "/report-fixed");
    }

    @Test
    void anExtensionBeforeTheDeadlineIsGrantedOnce() {
        long itemId = open(filedWuhanApp());
        JsonNode extended = api.as("supervisor.wuhan").post("/api/ledger/" + itemId + "/decide-overdue",
                Map.of("decision", "EXTEND", "reason", "等待应用商店审核")).expectJson(200).json();
        assertThat(extended.path("extended").asBoolean()).isTrue();
        api.as("supervisor.wuhan").post("/api/ledger/" + itemId + "/decide-overdue",
                Map.of("decision", "EXTEND", "reason", "再延")).expectProblem(409);
    }
}
