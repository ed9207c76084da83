package org.fingertip.web.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fingertip.db.user.UserAccount;
import org.fingertip.db.user.UserAccounts;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.demo.DemoData;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.FilingSteps;
import org.fingertip.web.support.FormJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A re-check whose self-inspection is never answered, over real HTTP: the timer fires, the lateness is escalated to
 * the supervisors of the owner's city, and they (and only they) read the notice.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoticeApiIT {
    private static final String YICHANG_SUPERVISOR = "supervisor.yichang.notice";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    UserAccounts userAccounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    ApiClient api;
    FilingSteps steps;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        steps = new FilingSteps(api);
        userAccounts.save(new UserAccount(YICHANG_SUPERVISOR, passwordEncoder.encode(DemoData.DEMO_PASSWORD),
                "宜昌市减负办督查员", "420500-003", "420500", true, Set.of("SUPERVISOR")));
    }

    @Test
    void aMissedSelfInspectionReachesTheCitysSupervisorsOnceAndOnlyThem() {
        long appId = steps.createAndSubmit("applicant.wuhan",
                FormJson.complete("420100-007", FormJson.uniqueName("逾期自查城管通")));
        steps.approve("reviewer.wuhan", appId, "FIRST_REVIEW");
        steps.approve("reviewer.hubei", appId, "PROVINCIAL_REVIEW");
        long recheckId = api.as("supervisor.wuhan").post("/api/apps/" + appId + "/recheck").expectJson(201).json()
                .path("id").asLong();

        // the self-inspection's due date passes: the engine runs the timer's job
        managementService.executeJob(selfInspectionTimer(appId).getId());

        JsonNode recheck = api.as("reviewer.wuhan").get("/api/apps/" + appId + "/recheck").expectJson(200).json();
        assertThat(recheck.path("state").asText()).isEqualTo("AWAITING_CONFIRMATION");
        assertThat(recheck.path("selfInspectionLate").asBoolean()).isTrue();
        assertThat(recheck.path("proposal").isNull()).isTrue();
        assertThat(recheck.path("reasons")).extracting(JsonNode::asText).contains("NO_SELF_INSPECTION");
        assertThat(recheck.path("steps")).extracting(s -> s.path("action").asText())
                .containsSubsequence("自查逾期", "上报督查");

        List<JsonNode> mine = noticesAbout(api.as("supervisor.wuhan").get("/api/notices").expectJson(200).json(),
                recheckId);
        assertThat(mine).singleElement().satisfies(n -> {
            assertThat(n.path("recipient").asText()).isEqualTo("supervisor:420100");
            assertThat(n.path("kind").asText()).isEqualTo("SELF_INSPECTION_MISSED");
            assertThat(n.path("kindLabel").asText()).isEqualTo("复核自查逾期");
            assertThat(n.path("subjectType").asText()).isEqualTo("RECHECK");
            assertThat(n.path("appId").asLong()).isEqualTo(appId);
            assertThat(n.path("text").asText()).contains("逾期自查城管通").contains("自查自评");
            assertThat(n.path("read").asBoolean()).isFalse();
        });
        long noticeId = mine.get(0).path("id").asLong();

        // another city's supervisor, the province's, the owner and the reviewer do not see it
        for (String other : List.of(YICHANG_SUPERVISOR, "supervisor.hubei", "applicant.wuhan", "reviewer.wuhan")) {
            assertThat(noticesAbout(api.as(other).get("/api/notices?size=200").expectJson(200).json(), recheckId))
                    .as(other).isEmpty();
            api.as(other).post("/api/notices/" + noticeId + "/read").expectProblem(404);
        }

        JsonNode read = api.as("supervisor.wuhan").post("/api/notices/" + noticeId + "/read").expectJson(200).json();
        assertThat(read.path("read").asBoolean()).isTrue();
        assertThat(read.path("readBy").asText()).isEqualTo("supervisor.wuhan");
        // marking it again changes nothing
        JsonNode again = api.as("supervisor.wuhan").post("/api/notices/" + noticeId + "/read").expectJson(200).json();
        assertThat(again.path("readAt").asText()).isEqualTo(read.path("readAt").asText());
        JsonNode unread = api.as("supervisor.wuhan").get("/api/notices?unread=true&size=200").expectJson(200).json();
        assertThat(noticesAbout(unread, recheckId)).isEmpty();
    }

    @Test
    void anUnknownNoticeIsNotFoundAndBadPagingIsABadRequest() {
        api.as("supervisor.wuhan").post("/api/notices/987654321/read").expectProblem(404);
        api.as("supervisor.wuhan").post("/api/notices/abc/read").expectProblem(400);
        api.as("supervisor.wuhan").get("/api/notices?size=0").expectProblem(400).assertNamesField("size");
        api.as("supervisor.wuhan").get("/api/notices?page=-1").expectProblem(400).assertNamesField("page");
        api.as("supervisor.wuhan").get("/api/notices?unread=perhaps").expectProblem(400);
        api.anonymous().get("/api/notices").expectProblem(401);
        JsonNode observer = api.as("observer.wuhan").get("/api/notices").expectJson(200).json();
        assertThat(observer.path("items")).isEmpty();
    }

    private Job selfInspectionTimer(long appId) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("RecheckProcess")
                .processInstanceBusinessKey(String.valueOf(appId)).singleResult();
        assertThat(instance).as("re-check process of app %s", appId).isNotNull();
        Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId("BoundaryEvent_SelfInspectionDue").singleResult();
        assertThat(timer).as("self-inspection timer of app %s", appId).isNotNull();
        return timer;
    }

    private static List<JsonNode> noticesAbout(JsonNode page, long recheckId) {
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .filter(n -> n.path("subjectType").asText().equals("RECHECK") && n.path("subjectId").asLong() == recheckId)
                .toList();
    }
}
