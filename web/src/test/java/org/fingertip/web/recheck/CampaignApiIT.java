package org.fingertip.web.recheck;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Re-check campaigns over real HTTP: accepted at once, started in the background, sampled reproducibly. */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CampaignApiIT {
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

    private long filedQuickApp(String applicant, String unit, String cityReviewer) {
        ObjectNode form = FormJson.complete(unit, FormJson.uniqueName("专项快应用"));
        form.put("kind", "QUICK_APP");
        long appId = steps.createAndSubmit(applicant, form);
        steps.approve(cityReviewer, appId, "FIRST_REVIEW");
        steps.approve("reviewer.hubei", appId, "PROVINCIAL_REVIEW");
        return appId;
    }

    private List<Long> members(String user, long campaignId) {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode rows = api.as(user).get("/api/rechecks/" + campaignId + "/apps?size=200&page=" + page)
                    .expectJson(200).json();
            rows.forEach(r -> ids.add(r.path("appId").asLong()));
            if (rows.size() < 200) {
                return ids;
            }
        }
    }

    /** Runs the campaign's background jobs as the job executor would (it is off in tests); returns how many ran. */
    private int runBatches(long campaignId) {
        String instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey("campaign:" + campaignId).singleResult().getId();
        int ran = 0;
        List<Job> jobs;
        while (!(jobs = managementService.createJobQuery().processInstanceId(instance).list()).isEmpty()) {
            managementService.executeJob(jobs.get(0).getId());
            ran++;
        }
        return ran;
    }

    @Test
    void aCampaignOverTheDemoInventoryAtHalfDrawsTheSameAppsAgainFromTheSameSeed() {
        Map<String, Object> scope = Map.of("departmentCode", "420000", "samplePercent", 50, "seed", 20261129);
        JsonNode first = api.as("supervisor.hubei").post("/api/rechecks", scope).expectJson(202).json();
        JsonNode again = api.as("supervisor.hubei").post("/api/rechecks", scope).expectJson(202).json();
        JsonNode other = api.as("supervisor.hubei").post("/api/rechecks",
                Map.of("departmentCode", "420000", "samplePercent", 50, "seed", 7)).expectJson(202).json();
        try {
            int eligible = first.path("eligible").asInt();
            assertThat(eligible).isGreaterThan(100);
            assertThat(first.path("selected").asInt()).isEqualTo((eligible + 1) / 2);
            assertThat(first.path("state").asText()).isEqualTo("STARTING");
            assertThat(first.path("pending").asInt()).isEqualTo(first.path("selected").asInt());
            assertThat(first.path("seed").asLong()).isEqualTo(20261129L);

            List<Long> sample = members("supervisor.hubei", first.path("id").asLong());
            assertThat(sample).hasSize(first.path("selected").asInt());
            assertThat(members("supervisor.hubei", again.path("id").asLong())).isEqualTo(sample);
            assertThat(members("supervisor.hubei", other.path("id").asLong())).isNotEqualTo(sample);
        } finally {
            // leave the demo apps as they were for the other tests: these campaigns are never started
            for (JsonNode c : List.of(first, again, other)) {
                runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("campaign:" + c.path("id").asLong())
                        .list().forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "测试结束，不启动"));
            }
        }
    }

    @Test
    void aLaunchedCampaignIsStartedInTheBackgroundInBatchesAndShowsItsProgress() {
        long a = filedQuickApp("applicant.yichang", "420500-003", "reviewer.yichang");
        long b = filedQuickApp("applicant.yichang", "420500-003", "reviewer.yichang");
        JsonNode accepted = api.as("supervisor.hubei").post("/api/rechecks", Map.of("departmentCode", "420500",
                "kinds", List.of("QUICK_APP"), "levels", List.of("CITY"), "samplePercent", 100)).expectJson(202).json();
        long id = accepted.path("id").asLong();
        int selected = accepted.path("selected").asInt();
        assertThat(selected).isGreaterThanOrEqualTo(2);
        assertThat(accepted.path("seed").isIntegralNumber()).isTrue();
        assertThat(steps.status("applicant.yichang", a)).isEqualTo("FILED");

        assertThat(runBatches(id)).isGreaterThanOrEqualTo(1);

        JsonNode progress = api.as("supervisor.hubei").get("/api/rechecks/" + id).expectJson(200).json();
        assertThat(progress.path("state").asText()).isEqualTo("STARTED");
        assertThat(progress.path("started").asInt() + progress.path("skipped").asInt()).isEqualTo(selected);
        assertThat(progress.path("pending").asInt()).isZero();
        assertThat(progress.path("verdicts").path("KEEP").asInt()).isZero();
        assertThat(steps.status("applicant.yichang", a)).isEqualTo("UNDER_RECHECK");
        assertThat(steps.status("applicant.yichang", b)).isEqualTo("UNDER_RECHECK");
        assertThat(api.as("applicant.yichang").get("/api/apps/" + a + "/recheck").expectJson(200).json()
                .path("trigger").asText()).isEqualTo("CAMPAIGN");

        api.as("applicant.yichang").post("/api/apps/" + a + "/recheck/self-inspection",
                Map.of("proposal", "KEEP", "statement", "正常运行")).expectJson(200);
        assertThat(api.as("reviewer.yichang").get("/api/rechecks/" + id).expectJson(200).json()
                .path("answered").asInt()).isEqualTo(1);
        assertThat(api.as("supervisor.hubei").get("/api/rechecks").expectJson(200).json().findValuesAsText("id"))
                .contains(String.valueOf(id));
    }

    @Test
    void onlySupervisorsLaunchAndOnlyWithinTheirJurisdiction() {
        Map<String, Object> wuhan = Map.of("departmentCode", "420100", "samplePercent", 10, "seed", 1);
        api.as("reviewer.wuhan").post("/api/rechecks", wuhan).expectProblem(403);
        api.as("applicant.wuhan").post("/api/rechecks", wuhan).expectProblem(403);
        api.as("supervisor.wuhan").post("/api/rechecks",
                Map.of("departmentCode", "420500", "samplePercent", 10)).expectProblem(404);
        api.anonymous().post("/api/rechecks", wuhan).expectProblem(401);
        api.as("applicant.wuhan").get("/api/rechecks/1").expectProblem(403);
        api.as("supervisor.wuhan").get("/api/rechecks/987654321").expectProblem(404);
    }

    @Test
    void aCampaignOfAnotherJurisdictionIsNotFound() {
        JsonNode c = api.as("supervisor.wuhan").post("/api/rechecks", Map.of("departmentCode", "420100",
                "kinds", List.of("WORK_GROUP", "QUICK_APP"), "samplePercent", 1, "seed", 5)).expectJson(202).json();
        long id = c.path("id").asLong();
        try {
            api.as("reviewer.yichang").get("/api/rechecks/" + id).expectProblem(404);
            api.as("reviewer.yichang").get("/api/rechecks/" + id + "/apps").expectProblem(404);
            api.as("reviewer.wuhan").get("/api/rechecks/" + id).expectJson(200);
            api.as("supervisor.hubei").get("/api/rechecks/" + id).expectJson(200);
            assertThat(api.as("reviewer.yichang").get("/api/rechecks").expectJson(200).json().findValuesAsText("id"))
                    .doesNotContain(String.valueOf(id));
        } finally {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("campaign:" + id).list()
                    .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "测试结束，不启动"));
        }
    }

    @Test
    void badScopesAreExplainedFieldByField() {
        api.as("supervisor.hubei").post("/api/rechecks", Map.of("samplePercent", 0, "departmentCode", "42x"))
                .expectProblem(400).assertNamesField("samplePercent").assertNamesField("departmentCode");
        api.as("supervisor.hubei").post("/api/rechecks", Map.of("departmentCode", "420000"))
                .expectProblem(400).assertNamesField("samplePercent");
        api.as("supervisor.hubei").postRaw("/api/rechecks", "{\"samplePercent\": 50, \"kinds\": [\"TOASTER\"]}")
                .expectProblem(400);
        api.as("supervisor.hubei").postRaw("/api/rechecks", "{\"samplePercent\": \"half\"}").expectProblem(400);
        api.as("supervisor.hubei").postRaw("/api/rechecks", "{\"samplePercent\": 50, \"colour\": 1}")
                .expectProblem(400);
        api.as("supervisor.hubei").postRaw("/api/rechecks", "not json").expectProblem(400);
        api.as("supervisor.hubei").post("/api/rechecks", Map.of("departmentCode", "420500", "levels",
                List.of("VILLAGE"), "samplePercent", 50)).expectProblem(422);
        api.as("supervisor.hubei").get("/api/rechecks/abc").expectProblem(400);
        api.as("supervisor.hubei").get("/api/rechecks/1/apps?size=0").expectProblem(400);
    }
}
