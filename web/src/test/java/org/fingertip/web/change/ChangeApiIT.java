package org.fingertip.web.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.ApiResponse;
import org.fingertip.web.support.FilingSteps;
import org.fingertip.web.support.FormJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Change filing and revocation over real HTTP with the demo users: a change approved keeps the number and the public
 * lookup shows the new name; returned, revised and approved; rejected, the filing as it was; one open change per app;
 * a notice too short, a bad date, nothing changed; another unit's app is not found; a supervisor revokes a filing (the
 * lookup shows it revoked since that day, the owner gets a notice), reviewers and applicants may not, and an open
 * change ends with it.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChangeApiIT {
    private static final String APPLICANT = "applicant.wuhan";
    private static final String CITY_REVIEWER = "reviewer.wuhan";
    private static final String PROVINCIAL_REVIEWER = "reviewer.hubei";
    private static final String SUPERVISOR = "supervisor.wuhan";

    @LocalServerPort
    int port;

    ApiClient api;
    FilingSteps steps;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        steps = new FilingSteps(api);
    }

    private long filedApp(String applicant, String name) {
        long id = steps.createAndSubmit(applicant, FormJson.complete(name));
        if (!"applicant.hubei".equals(applicant)) {
            steps.approve(applicant.equals("applicant.yichang") ? "reviewer.yichang" : CITY_REVIEWER, id,
                    "FIRST_REVIEW");
        }
        steps.approve(PROVINCIAL_REVIEWER, id, "PROVINCIAL_REVIEW");
        assertThat(steps.status(applicant, id)).isEqualTo("FILED");
        return id;
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingCalendar.ZONE);
    }

    /** The app's current form as the body of a change, to be edited, taking effect in 30 days. */
    private ObjectNode changeOf(String applicant, long appId) {
        ObjectNode body = (ObjectNode) steps.app(applicant, appId).path("form").deepCopy();
        body.put("effectiveDate", today().plusDays(30).toString());
        body.put("explanation", "机构改革后更名并新增功能");
        return body;
    }

    private JsonNode fileChange(long appId, ObjectNode body) {
        ApiResponse r = api.as(APPLICANT).post("/api/apps/" + appId + "/changes", body).expectJson(201);
        long changeId = r.json().path("id").asLong();
        assertThat(r.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/changes/" + changeId));
        return r.json();
    }

    private JsonNode change(String user, long changeId) {
        return api.as(user).get("/api/changes/" + changeId).expectJson(200).json();
    }

    private JsonNode publicLookup(String number) {
        return api.anonymous().get("/api/public/filings?number=" + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8)).expectJson(200).json();
    }

    // ---- approve ----------------------------------------------------------------------------------------------------

    @Test
    void anApprovedChangeKeepsTheNumberAndThePublicLookupShowsTheNewName() {
        String name = FormJson.uniqueName("武汉城管通");
        long appId = filedApp(APPLICANT, name);
        String number = steps.app(APPLICANT, appId).path("filingNumber").asText();
        String newName = name + "（二期）";
        ObjectNode body = changeOf(APPLICANT, appId);
        body.put("name", newName);
        ((ArrayNode) body.withArray("functions")).addObject().put("name", "违停随手拍" + System.nanoTime())
                .put("category", "SERVICE");

        JsonNode change = fileChange(appId, body);
        assertThat(change.path("state").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(change.path("effectiveDate").asText()).isEqualTo(today().plusDays(30).toString());
        assertThat(change.path("filingNumber").asText()).isEqualTo(number);
        JsonNode sections = change.path("changedSections");
        assertThat(sections).extracting(s -> s.path("section").asText()).containsExactly("identity", "functions");
        assertThat(sections.get(0).path("fields")).singleElement().satisfies(f -> {
            assertThat(f.path("field").asText()).isEqualTo("name");
            assertThat(f.path("change").asText()).isEqualTo("CHANGED");
            assertThat(f.path("before").asText()).isEqualTo(name);
            assertThat(f.path("after").asText()).isEqualTo(newName);
        });
        assertThat(sections.get(1).path("fields")).singleElement().satisfies(f -> {
            assertThat(f.path("change").asText()).isEqualTo("ADDED");
            assertThat(f.path("after").path("category").asText()).isEqualTo("SERVICE");
        });
        assertThat(steps.status(APPLICANT, appId)).isEqualTo("CHANGE_UNDER_REVIEW");
        // the filing stays valid while the change is reviewed
        assertThat(publicLookup(number)).singleElement().satisfies(p -> {
            assertThat(p.path("name").asText()).isEqualTo(name);
            assertThat(p.path("filingStatus").asText()).isEqualTo("VALID");
        });

        JsonNode first = steps.task(CITY_REVIEWER, appId, "CHANGE_FIRST_REVIEW");
        assertThat(first.path("appName").asText()).isEqualTo(name);
        JsonNode decided = steps.decide(CITY_REVIEWER, first.path("id").asText(), FormJson.decision("APPROVE", "初审通过"));
        assertThat(decided.path("changeId").asLong()).isEqualTo(change.path("id").asLong());
        assertThat(decided.path("step").asText()).isEqualTo("FIRST_REVIEW");
        steps.approve(PROVINCIAL_REVIEWER, appId, "CHANGE_PROVINCIAL_REVIEW");

        JsonNode app = steps.app(APPLICANT, appId);
        assertThat(app.path("status").asText()).isEqualTo("FILED");
        assertThat(app.path("filingNumber").asText()).isEqualTo(number);
        assertThat(app.path("name").asText()).isEqualTo(newName);
        assertThat(app.path("form").path("functions")).hasSize(3);
        assertThat(publicLookup(number)).singleElement().satisfies(p -> {
            assertThat(p.path("name").asText()).isEqualTo(newName);
            assertThat(p.path("filingStatus").asText()).isEqualTo("VALID");
        });
        List<JsonNode> history = steps.history(APPLICANT, appId);
        assertThat(history.get(history.size() - 1).path("reason").asText())
                .contains(number + " 不变", "名称由“" + name + "”改为“" + newName + "”");

        JsonNode approved = change(APPLICANT, change.path("id").asLong());
        assertThat(approved.path("state").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("decidedBy").asText()).isEqualTo(PROVINCIAL_REVIEWER);
        assertThat(approved.path("reviews")).extracting(r -> r.path("step").asText())
                .containsExactly("FIRST_REVIEW", "PROVINCIAL_REVIEW");
        assertThat(approved.path("steps")).extracting(s -> s.path("to").asText())
                .containsExactly("UNDER_REVIEW", "UNDER_REVIEW", "APPROVED");
        JsonNode list = api.as(PROVINCIAL_REVIEWER).get("/api/apps/" + appId + "/changes").expectJson(200).json();
        assertThat(list).extracting(c -> c.path("id").asLong()).containsExactly(change.path("id").asLong());
    }

    // ---- return → revise → approve -----------------------------------------------------------------------------------

    @Test
    void aReturnedChangeIsRevisedAndThenApproved() {
        String name = FormJson.uniqueName("武汉退回变更通");
        long appId = filedApp(APPLICANT, name);
        ObjectNode body = changeOf(APPLICANT, appId);
        body.put("name", name + "新");
        long changeId = fileChange(appId, body).path("id").asLong();
        String taskId = steps.task(CITY_REVIEWER, appId, "CHANGE_FIRST_REVIEW").path("id").asText();

        // only the changed sections are under review
        api.as(CITY_REVIEWER).post("/api/tasks/" + taskId + "/complete",
                FormJson.returnWith("请补正", "handler", "电话打不通")).expectProblem(422)
                .assertNamesField("gaps[0].section");
        steps.decide(CITY_REVIEWER, taskId, FormJson.returnWith("请补正", "identity", "新名称须附更名批复文件"));

        JsonNode returned = change(APPLICANT, changeId);
        assertThat(returned.path("state").asText()).isEqualTo("RETURNED");
        assertThat(returned.path("gaps")).singleElement()
                .satisfies(g -> assertThat(g.path("section").asText()).isEqualTo("identity"));
        assertThat(steps.status(APPLICANT, appId)).isEqualTo("CHANGE_UNDER_REVIEW");
        JsonNode revise = steps.task(APPLICANT, appId, "CHANGE_REVISE");
        // the revise step is worked on the change, not as a review
        ApiResponse notHere = api.as(CITY_REVIEWER).post("/api/tasks/" + revise.path("id").asText() + "/complete",
                FormJson.decision("APPROVE", null)).expectProblem(409);
        assertThat(notHere.detail()).contains("PUT /api/changes/" + changeId);

        ObjectNode revised = changeOf(APPLICANT, appId);
        revised.put("name", name + "二代");
        revised.put("explanation", "已附更名批复");
        JsonNode resubmitted = api.as(APPLICANT).put("/api/changes/" + changeId, revised).expectJson(200).json();
        assertThat(resubmitted.path("state").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(resubmitted.path("gaps")).isEmpty();
        api.as(APPLICANT).put("/api/changes/" + changeId, revised).expectProblem(409);

        steps.approve(CITY_REVIEWER, appId, "CHANGE_FIRST_REVIEW");
        steps.approve(PROVINCIAL_REVIEWER, appId, "CHANGE_PROVINCIAL_REVIEW");
        assertThat(steps.app(APPLICANT, appId).path("name").asText()).isEqualTo(name + "二代");
        assertThat(change(APPLICANT, changeId).path("state").asText()).isEqualTo("APPROVED");
    }

    // ---- reject ------------------------------------------------------------------------------------------------------

    @Test
    void aRejectedChangeLeavesTheFilingAsItWas() {
        String name = FormJson.uniqueName("武汉驳回变更通");
        long appId = filedApp(APPLICANT, name);
        JsonNode before = steps.app(APPLICANT, appId);
        ObjectNode body = changeOf(APPLICANT, appId);
        body.put("name", name + "改");
        long changeId = fileChange(appId, body).path("id").asLong();
        String taskId = steps.task(CITY_REVIEWER, appId, "CHANGE_FIRST_REVIEW").path("id").asText();
        api.as(CITY_REVIEWER).post("/api/tasks/" + taskId + "/complete", FormJson.decision("REJECT", null))
                .expectProblem(422).assertNamesField("comment");
        steps.decide(CITY_REVIEWER, taskId, FormJson.decision("REJECT", "更名理由不充分"));

        JsonNode after = steps.app(APPLICANT, appId);
        assertThat(after.path("status").asText()).isEqualTo("FILED");
        assertThat(after.path("form")).isEqualTo(before.path("form"));
        assertThat(after.path("filingNumber").asText()).isEqualTo(before.path("filingNumber").asText());
        assertThat(change(CITY_REVIEWER, changeId).path("state").asText()).isEqualTo("REJECTED");
        assertThat(steps.tasksOf(APPLICANT, appId)).isEmpty();
        assertThat(publicLookup(before.path("filingNumber").asText())).singleElement()
                .satisfies(p -> assertThat(p.path("name").asText()).isEqualTo(name));
    }

    // ---- rules ---------------------------------------------------------------------------------------------------------

    @Test
    void aSecondOpenChangeOfTheSameAppIsAConflict() {
        String name = FormJson.uniqueName("武汉一次一变更");
        long appId = filedApp(APPLICANT, name);
        ObjectNode body = changeOf(APPLICANT, appId);
        body.put("name", name + "甲");
        long first = fileChange(appId, body).path("id").asLong();
        body.put("name", name + "乙");
        ApiResponse second = api.as(APPLICANT).post("/api/apps/" + appId + "/changes", body).expectProblem(409);
        assertThat(second.json().path("currentState").asText()).isEqualTo("CHANGE_UNDER_REVIEW");
        assertThat(second.detail()).contains("变更 " + first);

        // withdrawn, the filing is as it was and a new change may be filed
        JsonNode withdrawn = api.as(APPLICANT).post("/api/changes/" + first + "/withdraw",
                FormJson.object().put("reason", "合并到下一次变更")).expectJson(200).json();
        assertThat(withdrawn.path("state").asText()).isEqualTo("WITHDRAWN");
        assertThat(steps.status(APPLICANT, appId)).isEqualTo("FILED");
        assertThat(steps.tasksOf(CITY_REVIEWER, appId)).isEmpty();
        fileChange(appId, body);
    }

    @Test
    void anEffectiveDateTooSoonIsRefusedNamingTheFieldAndNothingChanges() {
        String name = FormJson.uniqueName("武汉提前备案通");
        long appId = filedApp(APPLICANT, name);
        ObjectNode body = changeOf(APPLICANT, appId);
        body.put("name", name + "新");

        body.put("effectiveDate", today().plusDays(29).toString());
        ApiResponse tooSoon = api.as(APPLICANT).post("/api/apps/" + appId + "/changes", body).expectProblem(422)
                .assertNamesField("effectiveDate");
        assertThat(tooSoon.json().path("errors").get(0).path("message").asText())
                .contains("至少提前 30 日", today().plusDays(30).toString());
        body.remove("effectiveDate");
        api.as(APPLICANT).post("/api/apps/" + appId + "/changes", body).expectProblem(422)
                .assertNamesField("effectiveDate");
        body.put("effectiveDate", "2026-02-30");
        api.as(APPLICANT).post("/api/apps/" + appId + "/changes", body).expectProblem(400)
                .assertNamesField("effectiveDate");

        ObjectNode unchanged = changeOf(APPLICANT, appId);
        api.as(APPLICANT).post("/api/apps/" + appId + "/changes", unchanged).expectProblem(422).assertNamesField("form");
        ObjectNode incomplete = changeOf(APPLICANT, appId);
        incomplete.put("name", name + "新");
        ((ObjectNode) incomplete.path("handler")).putNull("phone");
        api.as(APPLICANT).post("/api/apps/" + appId + "/changes", incomplete).expectProblem(422)
                .assertNamesField("handler.phone");
        ObjectNode unknownOwner = changeOf(APPLICANT, appId);
        unknownOwner.put("ownerDepartmentCode", "420100-999");
        api.as(APPLICANT).post("/api/apps/" + appId + "/changes", unknownOwner).expectProblem(400)
                .assertNamesField("ownerDepartmentCode");

        assertThat(steps.status(APPLICANT, appId)).isEqualTo("FILED");
        assertThat(api.as(APPLICANT).get("/api/apps/" + appId + "/changes").expectJson(200).json()).isEmpty();
    }

    @Test
    void anotherUnitsAppIsNotFoundAndOnlyApplicantsFileChanges() {
        String name = FormJson.uniqueName("武汉他人变更");
        long appId = filedApp(APPLICANT, name);
        ObjectNode body = changeOf(APPLICANT, appId);
        body.put("name", name + "新");
        long changeId = fileChange(appId, body).path("id").asLong();

        api.as("applicant.yichang").post("/api/apps/" + appId + "/changes", body).expectProblem(404);
        api.as("applicant.yichang").get("/api/apps/" + appId + "/changes").expectProblem(404);
        api.as("applicant.yichang").get("/api/changes/" + changeId).expectProblem(404);
        api.as("applicant.yichang").put("/api/changes/" + changeId, body).expectProblem(404);
        api.as("applicant.yichang").post("/api/changes/" + changeId + "/withdraw").expectProblem(404);
        api.as("reviewer.yichang").get("/api/changes/" + changeId).expectProblem(404);
        api.as("applicant.hubei").get("/api/changes/" + changeId).expectProblem(404);
        api.as(CITY_REVIEWER).post("/api/apps/" + appId + "/changes", body).expectProblem(403);
        api.as(SUPERVISOR).post("/api/changes/" + changeId + "/withdraw").expectProblem(403);
        api.as(APPLICANT).get("/api/changes/987654321987").expectProblem(404);

        // a city's first review is the city's, and the province sees it read-only
        String taskId = steps.task(CITY_REVIEWER, appId, "CHANGE_FIRST_REVIEW").path("id").asText();
        api.as("reviewer.yichang").post("/api/tasks/" + taskId + "/complete", FormJson.decision("APPROVE", null))
                .expectProblem(404);
        api.as(PROVINCIAL_REVIEWER).post("/api/tasks/" + taskId + "/claim").expectProblem(403);
        api.as(PROVINCIAL_REVIEWER).get("/api/changes/" + changeId).expectJson(200);
        api.as("observer.wuhan").get("/api/changes/" + changeId).expectJson(200);
        assertThat(steps.status(APPLICANT, appId)).isEqualTo("CHANGE_UNDER_REVIEW");
    }

    // ---- revocation ----------------------------------------------------------------------------------------------------

    @Test
    void aSupervisorRevokesAFilingThePublicSeesItRevokedSinceThatDayAndTheOwnerIsNotified() {
        String name = FormJson.uniqueName("武汉撤销通");
        long appId = filedApp(APPLICANT, name);
        String number = steps.app(APPLICANT, appId).path("filingNumber").asText();

        api.as(SUPERVISOR).post("/api/apps/" + appId + "/revoke", FormJson.object().put("reason", " "))
                .expectProblem(422).assertNamesField("reason");
        api.as(SUPERVISOR).post("/api/apps/" + appId + "/revoke").expectProblem(400).assertNamesField("body");
        ApiResponse byReviewer = api.as(CITY_REVIEWER).post("/api/apps/" + appId + "/revoke",
                FormJson.object().put("reason", "越权")).expectProblem(403);
        assertThat(byReviewer.detail()).contains("您的角色无权");
        api.as(APPLICANT).post("/api/apps/" + appId + "/revoke", FormJson.object().put("reason", "自行撤销"))
                .expectProblem(403);
        long yichangApp = filedApp("applicant.yichang", FormJson.uniqueName("宜昌不可撤"));
        api.as(SUPERVISOR).post("/api/apps/" + yichangApp + "/revoke", FormJson.object().put("reason", "越界"))
                .expectProblem(404);
        assertThat(steps.status(APPLICANT, appId)).isEqualTo("FILED");

        JsonNode revoked = api.as(SUPERVISOR).post("/api/apps/" + appId + "/revoke",
                FormJson.object().put("reason", "强制基层下载安装，经督查认定")).expectJson(200).json();
        assertThat(revoked.path("app").path("status").asText()).isEqualTo("REVOKED");
        assertThat(revoked.path("endedChangeId").isNull()).isTrue();
        assertThat(steps.status(APPLICANT, appId)).isEqualTo("REVOKED");
        assertThat(publicLookup(number)).singleElement().satisfies(p -> {
            assertThat(p.path("filingStatus").asText()).isEqualTo("REVOKED");
            assertThat(LocalDate.ofInstant(java.time.Instant.parse(p.path("since").asText()), WorkingCalendar.ZONE))
                    .isEqualTo(today());
        });
        JsonNode notices = api.as(APPLICANT).get("/api/notices?size=100").expectJson(200).json();
        assertThat(notices.path("items")).anySatisfy(n -> {
            assertThat(n.path("kind").asText()).isEqualTo("FILING_REVOKED");
            assertThat(n.path("appId").asLong()).isEqualTo(appId);
            assertThat(n.path("text").asText()).contains(number, "强制基层下载安装，经督查认定");
        });
        List<JsonNode> history = steps.history(SUPERVISOR, appId);
        assertThat(history.get(history.size() - 1).path("actor").asText()).isEqualTo(SUPERVISOR);

        api.as("supervisor.hubei").post("/api/apps/" + appId + "/revoke", FormJson.object().put("reason", "再撤"))
                .expectProblem(409);
        ObjectNode body = changeOf(APPLICANT, appId);
        body.put("name", name + "新");
        api.as(APPLICANT).post("/api/apps/" + appId + "/changes", body).expectProblem(409);
    }

    @Test
    void revokingAFilingWithAnOpenChangeEndsTheChange() {
        String name = FormJson.uniqueName("武汉变更中撤销");
        long appId = filedApp(APPLICANT, name);
        ObjectNode body = changeOf(APPLICANT, appId);
        body.put("name", name + "新");
        long changeId = fileChange(appId, body).path("id").asLong();

        JsonNode revoked = api.as("supervisor.hubei").post("/api/apps/" + appId + "/revoke",
                FormJson.object().put("reason", "省级督查认定违规")).expectJson(200).json();
        assertThat(revoked.path("endedChangeId").asLong()).isEqualTo(changeId);
        assertThat(change(APPLICANT, changeId).path("state").asText()).isEqualTo("ENDED");
        assertThat(api.as(APPLICANT).get("/api/apps/" + appId + "/tasks").expectJson(200).json()).isEmpty();
        JsonNode app = steps.app(APPLICANT, appId);
        assertThat(app.path("status").asText()).isEqualTo("REVOKED");
        assertThat(app.path("name").asText()).isEqualTo(name);
    }
}
