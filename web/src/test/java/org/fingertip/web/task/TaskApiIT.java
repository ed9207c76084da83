package org.fingertip.web.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
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
 * The inbox and working a task over real HTTP with the demo users: the three views and their filters and counts,
 * transfer and delegation within the task's office only, resolve, urge once a day, escalation to the supervisors,
 * comments and the case's history.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskApiIT {
    private static final String COLLEAGUE = "reviewer.wuhan.colleague";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts userAccounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;

    ApiClient api;
    FilingSteps steps;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        steps = new FilingSteps(api);
        userAccounts.save(new UserAccount(COLLEAGUE, passwordEncoder.encode(DemoData.DEMO_PASSWORD),
                "武汉市委网信办审核员（二）", "420100-001", "420100", true, Set.of("REVIEWER")));
    }

    private long submitted(String name) {
        return steps.createAndSubmit("applicant.wuhan", FormJson.complete("420100-007", FormJson.uniqueName(name)));
    }

    private String firstReviewTask(long appId) {
        return steps.task("reviewer.wuhan", appId, "FIRST_REVIEW").path("id").asText();
    }

    private List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(t -> ids.add(t.path("id").asText()));
        return ids;
    }

    @Test
    void theTodoViewIsFilteredAndCountedAndEachFilterNarrowsIt() {
        long appId = submitted("待办筛选通");
        String task = firstReviewTask(appId);

        JsonNode page = api.as("reviewer.wuhan").get("/api/tasks?view=todo&app=" + appId).expectJson(200).json();
        assertThat(ids(page)).containsExactly(task);
        JsonNode item = page.path("items").get(0);
        assertThat(item.path("process").asText()).isEqualTo("FILING");
        assertThat(item.path("dueState").asText()).isEqualTo("ON_TIME");
        assertThat(item.path("group").asText()).isEqualTo("reviewer:420100");
        assertThat(item.path("followUp").isNull()).isFalse();

        for (String filter : List.of("process=FILING", "type=FIRST_REVIEW", "department=420100",
                "department=420100-007", "due=ON_TIME", "process=filing")) {
            assertThat(ids(api.as("reviewer.wuhan").get("/api/tasks?app=" + appId + "&" + filter).expectJson(200)
                    .json())).as(filter).containsExactly(task);
        }
        for (String filter : List.of("process=EXIT", "type=PROVINCIAL_REVIEW", "department=420500", "due=OVERDUE",
                "due=DUE_SOON", "view=done", "view=cc")) {
            assertThat(ids(api.as("reviewer.wuhan").get("/api/tasks?app=" + appId + "&" + filter).expectJson(200)
                    .json())).as(filter).isEmpty();
        }
        assertThat(ids(api.as("reviewer.yichang").get("/api/tasks?app=" + appId).expectJson(200).json())).isEmpty();

        JsonNode counts = api.as("reviewer.wuhan").get("/api/tasks/counts?app=" + appId).expectJson(200).json();
        assertThat(counts.path("todo").asLong()).isEqualTo(1);
        assertThat(counts.path("done").asLong()).isZero();
        assertThat(counts.path("cc").asLong()).isZero();
        assertThat(counts.path("overdue").asLong()).isZero();
    }

    @Test
    void badFiltersAreNamed() {
        Map<String, String> bad = Map.of("view=bogus", "view", "due=LATE", "due", "process=X", "process",
                "type=NOPE", "type", "department=abc", "department", "department=999999", "department",
                "page=-1", "page", "size=0", "size", "app=0", "app");
        bad.forEach((query, field) -> api.as("reviewer.wuhan").get("/api/tasks?" + query).expectProblem(400)
                .assertNamesField(field));
        api.as("reviewer.wuhan").get("/api/tasks?app=abc").expectProblem(400);
        api.as("reviewer.wuhan").get("/api/tasks/counts?due=LATE").expectProblem(400).assertNamesField("due");
        api.anonymous().get("/api/tasks").expectProblem(401);
        api.as("observer.wuhan").get("/api/tasks").expectProblem(403);
    }

    @Test
    void aTransferGoesOnlyToAReviewerOfTheSameOfficeAndOthersCannotHandTheTaskOn() {
        long appId = submitted("转办通");
        String task = firstReviewTask(appId);
        api.as("reviewer.wuhan").post("/api/tasks/" + task + "/claim").expectJson(200);

        api.as("reviewer.wuhan").post("/api/tasks/" + task + "/transfer", Map.of("to", "reviewer.yichang"))
                .expectProblem(422).assertNamesField("to");
        api.as("reviewer.wuhan").post("/api/tasks/" + task + "/transfer", Map.of("to", "supervisor.wuhan"))
                .expectProblem(422).assertNamesField("to");
        api.as("reviewer.wuhan").post("/api/tasks/" + task + "/transfer", Map.of("to", "nobody.at.all"))
                .expectProblem(422).assertNamesField("to");
        api.as("reviewer.wuhan").post("/api/tasks/" + task + "/transfer", Map.of()).expectProblem(400)
                .assertNamesField("to");
        api.as("reviewer.yichang").post("/api/tasks/" + task + "/transfer", Map.of("to", COLLEAGUE))
                .expectProblem(404);
        api.as("applicant.wuhan").post("/api/tasks/" + task + "/transfer", Map.of("to", COLLEAGUE))
                .expectProblem(403);
        api.as(COLLEAGUE).post("/api/tasks/" + task + "/transfer", Map.of("to", COLLEAGUE)).expectProblem(409);

        JsonNode moved = api.as("reviewer.wuhan").post("/api/tasks/" + task + "/transfer", Map.of("to", COLLEAGUE))
                .expectJson(200).json();
        assertThat(moved.path("assignee").asText()).isEqualTo(COLLEAGUE);
        assertThat(ids(api.as(COLLEAGUE).get("/api/tasks?app=" + appId).expectJson(200).json())).containsExactly(task);
        assertThat(ids(api.as("reviewer.wuhan").get("/api/tasks?app=" + appId).expectJson(200).json())).isEmpty();
        JsonNode handedOver = api.as(COLLEAGUE).get("/api/notifications?unread=true&size=200").expectJson(200).json();
        assertThat(handedOver.path("items")).anySatisfy(n -> assertThat(n.path("link").asText())
                .isEqualTo("/tasks/" + task));
    }

    @Test
    void aDelegationComesBackToItsOwnerWhoDecides() {
        long appId = submitted("委派通");
        String task = firstReviewTask(appId);
        api.as("reviewer.wuhan").post("/api/tasks/" + task + "/claim").expectJson(200);

        JsonNode lent = api.as("reviewer.wuhan").post("/api/tasks/" + task + "/delegate", Map.of("to", COLLEAGUE))
                .expectJson(200).json();
        assertThat(lent.path("assignee").asText()).isEqualTo(COLLEAGUE);
        assertThat(lent.path("owner").asText()).isEqualTo("reviewer.wuhan");
        assertThat(lent.path("delegated").asBoolean()).isTrue();
        assertThat(ids(api.as("reviewer.wuhan").get("/api/tasks?app=" + appId).expectJson(200).json()))
                .as("the owner still sees it").containsExactly(task);
        api.as(COLLEAGUE).post("/api/tasks/" + task + "/complete", Map.of("decision", "APPROVE")).expectProblem(409);
        api.as("reviewer.wuhan").post("/api/tasks/" + task + "/resolve").expectProblem(403);

        JsonNode back = api.as(COLLEAGUE).post("/api/tasks/" + task + "/resolve").expectJson(200).json();
        assertThat(back.path("assignee").asText()).isEqualTo("reviewer.wuhan");
        assertThat(back.path("delegated").asBoolean()).isFalse();
        api.as(COLLEAGUE).post("/api/tasks/" + task + "/resolve").expectProblem(409);

        api.as("reviewer.wuhan").post("/api/tasks/" + task + "/complete", Map.of("decision", "APPROVE"))
                .expectJson(200);
        JsonNode done = api.as("reviewer.wuhan").get("/api/tasks?view=done&app=" + appId).expectJson(200).json();
        assertThat(done.path("items")).singleElement().satisfies(t -> {
            assertThat(t.path("id").asText()).isEqualTo(task);
            assertThat(t.path("outcome").asText()).isEqualTo("通过");
            assertThat(t.path("state").asText()).isEqualTo("DONE");
        });
        assertThat(ids(api.as("applicant.wuhan").get("/api/tasks?view=cc&app=" + appId).expectJson(200).json()))
                .as("the decision is copied to the owner unit").containsExactly(task);
    }

    @Test
    void anUrgeRemindsTheHolderOnceADay() {
        long appId = submitted("催办通");
        String task = firstReviewTask(appId);
        api.as("reviewer.wuhan").post("/api/tasks/" + task + "/claim").expectJson(200);

        JsonNode reminder = api.as("supervisor.wuhan").post("/api/tasks/" + task + "/urge", Map.of("note", "请本周办结"))
                .expectJson(201).json();
        assertThat(reminder.path("kind").asText()).isEqualTo("URGE");
        assertThat(reminder.path("recipient").asText()).isEqualTo("user:reviewer.wuhan");
        api.as("applicant.wuhan").post("/api/tasks/" + task + "/urge").expectProblem(409);
        api.as("reviewer.wuhan").post("/api/tasks/" + task + "/urge").expectProblem(409);
        api.as("supervisor.wuhan").post("/api/tasks/" + task + "/urge", Map.of("note", "x".repeat(501)))
                .expectProblem(400);
        api.as("reviewer.yichang").post("/api/tasks/" + task + "/urge").expectProblem(404);

        JsonNode notified = api.as("reviewer.wuhan").get("/api/notifications?size=200").expectJson(200).json();
        assertThat(notified.path("items")).filteredOn(n -> n.path("link").asText().equals("/tasks/" + task))
                .singleElement().satisfies(n -> assertThat(n.path("kind").asText()).isEqualTo("REMINDER"));
    }

    @Test
    void overdueWorkIsCopiedToTheSupervisorsAndStaysWithItsHolder() {
        long appId = submitted("逾期督办通");
        String task = firstReviewTask(appId);
        api.as("reviewer.wuhan").post("/api/tasks/" + task + "/claim").expectJson(200);

        managementService.executeJob(overdueTimer(task).getId());

        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("reviewer.wuhan");
        assertThat(ids(api.as("supervisor.wuhan").get("/api/tasks?view=cc&app=" + appId).expectJson(200).json()))
                .containsExactly(task);
        assertThat(ids(api.as("supervisor.hubei").get("/api/tasks?view=cc&app=" + appId).expectJson(200).json()))
                .as("the province oversees Wuhan").containsExactly(task);
        assertThat(ids(api.as("reviewer.yichang").get("/api/tasks?view=cc&app=" + appId).expectJson(200).json()))
                .isEmpty();
        JsonNode notified = api.as("supervisor.wuhan").get("/api/notifications?size=200").expectJson(200).json();
        assertThat(notified.path("items")).anySatisfy(n -> {
            assertThat(n.path("kind").asText()).isEqualTo("ESCALATION");
            assertThat(n.path("link").asText()).isEqualTo("/tasks/" + task);
        });
        JsonNode detail = api.as("supervisor.wuhan").get("/api/tasks/" + task).expectJson(200).json();
        assertThat(detail.path("history")).anySatisfy(h -> assertThat(h.path("kind").asText()).isEqualTo("REMINDER"));
    }

    @Test
    void commentsAndTheFullHistoryOfACase() {
        long appId = submitted("意见交流通");
        String task = firstReviewTask(appId);
        JsonNode comment = api.as("applicant.wuhan").post("/api/apps/" + appId + "/comments",
                Map.of("body", "联系人已更新，请审核𠀀")).expectJson(201).json();
        assertThat(comment.path("author").asText()).isEqualTo("applicant.wuhan");
        api.as("reviewer.wuhan").post("/api/apps/" + appId + "/comments", Map.of("body", "收到")).expectJson(201);
        api.as("reviewer.wuhan").post("/api/apps/" + appId + "/comments", Map.of("body", "  ")).expectProblem(400)
                .assertNamesField("body");
        api.as("reviewer.wuhan").post("/api/apps/" + appId + "/comments", Map.of("body", "长".repeat(2001)))
                .expectProblem(400).assertNamesField("body");
        api.as("applicant.yichang").get("/api/apps/" + appId + "/comments").expectProblem(404);
        api.as("applicant.yichang").post("/api/apps/" + appId + "/comments", Map.of("body", "x")).expectProblem(404);
        api.as("observer.wuhan").post("/api/apps/" + appId + "/comments", Map.of("body", "x")).expectProblem(403);

        JsonNode comments = api.as("reviewer.wuhan").get("/api/apps/" + appId + "/comments").expectJson(200).json();
        assertThat(comments).extracting(c -> c.path("body").asText()).containsExactly("联系人已更新，请审核𠀀", "收到");

        api.as("reviewer.wuhan").post("/api/tasks/" + task + "/complete", Map.of("decision", "RETURN", "gaps",
                List.of(Map.of("section", "handler", "message", "联系电话无法接通")))).expectJson(200);
        JsonNode timeline = api.as("applicant.wuhan").get("/api/apps/" + appId + "/timeline").expectJson(200).json();
        List<String> kinds = new ArrayList<>();
        timeline.forEach(e -> kinds.add(e.path("kind").asText()));
        assertThat(kinds).contains("TRANSITION", "DECISION", "TASK", "COMMENT");
        assertThat(timeline).anySatisfy(e -> assertThat(e.path("detail").asText()).contains("联系电话无法接通"));
        api.as("applicant.yichang").get("/api/apps/" + appId + "/timeline").expectProblem(404);
        api.as("reviewer.wuhan").get("/api/tasks/no-such-task").expectProblem(404);
    }

    @Test
    void everyInboxEndpointAndItsBodyIsInTheOpenApiDescription() {
        JsonNode docs = api.anonymous().get("/v3/api-docs").expectJson(200).json();
        JsonNode paths = docs.path("paths");
        for (String path : List.of("/api/tasks", "/api/tasks/counts", "/api/tasks/{id}", "/api/tasks/{id}/claim",
                "/api/tasks/{id}/unclaim", "/api/tasks/{id}/transfer", "/api/tasks/{id}/delegate",
                "/api/tasks/{id}/resolve", "/api/tasks/{id}/urge", "/api/apps/{id}/comments",
                "/api/apps/{id}/timeline", "/api/apps/{id}/diagram.svg", "/api/notifications",
                "/api/notifications/{id}/read", "/api/notifications/read-all", "/api/calendar/{year}")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.path("/api/tasks").path("get").path("parameters").findValuesAsText("name"))
                .contains("view", "process", "type", "app", "department", "due", "page", "size");
        JsonNode schemas = docs.path("components").path("schemas");
        assertThat(schemas.path("HandOverRequest").path("properties").has("to")).isTrue();
        assertThat(schemas.path("UrgeRequest").path("properties").has("note")).isTrue();
        assertThat(schemas.path("CommentRequest").path("properties").has("body")).isTrue();
        assertThat(schemas.path("YearRequest").path("properties").has("offDays")).isTrue();
    }

    private Job overdueTimer(String taskId) {
        String instance = taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
        return managementService.createJobQuery().processInstanceId(instance).timers().list().stream()
                .filter(j -> ((JobEntity) j).getJobHandlerConfigurationRaw().endsWith("$taskListener~Overdue"))
                .findFirst().orElseThrow();
    }
}
