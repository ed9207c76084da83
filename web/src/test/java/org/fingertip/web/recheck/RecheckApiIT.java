package org.fingertip.web.recheck;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The re-check of one app over real HTTP: started by a supervisor, answered by the owner, confirmed by a reviewer. */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecheckApiIT {
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
                FormJson.complete("420100-007", FormJson.uniqueName("复核城管通")));
        steps.approve("reviewer.wuhan", appId, "FIRST_REVIEW");
        steps.approve("reviewer.hubei", appId, "PROVINCIAL_REVIEW");
        return appId;
    }

    @Test
    void aSupervisorStartsTheOwnerAnswersAndTheReviewerConfirmsWithAReasonWhenOverriding() {
        long appId = filedWuhanApp();
        JsonNode started = api.as("supervisor.wuhan").post("/api/apps/" + appId + "/recheck").expectJson(201).json();
        assertThat(started.path("state").asText()).isEqualTo("SELF_INSPECTION");
        assertThat(steps.status("applicant.wuhan", appId)).isEqualTo("UNDER_RECHECK");
        api.as("supervisor.wuhan").post("/api/apps/" + appId + "/recheck").expectProblem(409);
        steps.task("applicant.wuhan", appId, "SELF_INSPECTION");

        api.as("applicant.wuhan").post("/api/apps/" + appId + "/recheck/self-inspection", Map.of("statement", "x"))
                .expectProblem(400).assertNamesField("proposal");
        JsonNode answered = api.as("applicant.wuhan").post("/api/apps/" + appId + "/recheck/self-inspection",
                Map.of("proposal", "KEEP", "statement", "运行正常，无强制使用")).expectJson(200).json();
        assertThat(answered.path("proposal").asText()).isEqualTo("KEEP");

        JsonNode assessed = api.as("reviewer.wuhan").get("/api/apps/" + appId + "/recheck").expectJson(200).json();
        assertThat(assessed.path("state").asText()).isEqualTo("AWAITING_CONFIRMATION");
        String computed = assessed.path("computedVerdict").asText();
        assertThat(computed).isIn("KEEP", "RECTIFY", "INTEGRATE", "EXIT");
        steps.task("reviewer.wuhan", appId, "CONFIRM_VERDICT");

        if (!computed.equals("KEEP")) {
            api.as("reviewer.wuhan").post("/api/apps/" + appId + "/recheck/confirm", Map.of("verdict", "KEEP"))
                    .expectProblem(422).assertNamesField("overrideReason");
        }
        JsonNode confirmed = api.as("reviewer.wuhan").post("/api/apps/" + appId + "/recheck/confirm",
                Map.of("verdict", "KEEP", "overrideReason", "现场核查运行正常")).expectJson(200).json();
        assertThat(confirmed.path("outcome").asText()).isEqualTo("KEPT");
        assertThat(steps.status("applicant.wuhan", appId)).isEqualTo("FILED");
        api.as("reviewer.wuhan").get("/api/apps/" + appId + "/recheck").expectProblem(404);
    }

    @Test
    void onlyTheRightRolesAndJurisdictionsTakePart() {
        long appId = filedWuhanApp();
        api.as("reviewer.wuhan").post("/api/apps/" + appId + "/recheck").expectProblem(403);
        api.as("supervisor.wuhan").post("/api/apps/987654321/recheck").expectProblem(404);
        api.as("supervisor.wuhan").post("/api/apps/" + appId + "/recheck").expectJson(201);
        api.as("applicant.yichang").get("/api/apps/" + appId + "/recheck").expectProblem(404);
        // the city's office confirms, not the province's
        assertThat(api.as("reviewer.hubei").post("/api/apps/" + appId + "/recheck/confirm", Map.of("verdict", "KEEP"))
                .expectProblem(403).detail()).contains("420100");
        String selfInspection = steps.task("applicant.wuhan", appId, "SELF_INSPECTION").path("id").asText();
        JsonNode wrongCall = api.as("applicant.wuhan").post("/api/tasks/" + selfInspection + "/complete",
                FormJson.decision("APPROVE", "x")).expectProblem(409).json();
        assertThat(wrongCall.path("detail").asText()).contains("/api/apps/" + appId + "/recheck/self-inspection");
    }
}
