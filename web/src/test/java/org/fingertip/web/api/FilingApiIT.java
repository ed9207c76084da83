package org.fingertip.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.filing.FilingSettings;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.ApiResponse;
import org.fingertip.web.support.FilingSteps;
import org.fingertip.web.support.FormJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every path of AppFilingProcess over real HTTP with the demo users: filed (city and provincial unit), returned at
 * either step and resubmitted, returned twice, abandoned when the resubmission timer fires, rejected at either step,
 * withdrawn, auto-returned by the pre-check, refused as incomplete; the public lookup; re-filing a rejected app.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FilingApiIT {
    private static final String APPLICANT = "applicant.wuhan";
    private static final String CITY_REVIEWER = "reviewer.wuhan";
    private static final String PROVINCIAL_REVIEWER = "reviewer.hubei";
    private static final String PROVINCIAL_APPLICANT = "applicant.hubei";

    @LocalServerPort
    int port;

    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    WorkingCalendar workingCalendar;
    @Autowired
    FilingSettings filingSettings;

    ApiClient api;
    FilingSteps steps;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        steps = new FilingSteps(api);
    }

    // ---- filed -------------------------------------------------------------------------------------------------------

    @Test
    void cityUnitIsFiledAfterFirstReviewAndProvincialReview() {
        String name = FormJson.uniqueName("武汉城管执法通");
        ApiResponse created = api.as(APPLICANT).post("/api/apps", FormJson.complete(name)).expectJson(201);
        long id = created.json().path("id").asLong();
        assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/apps/" + id));
        assertThat(created.json().path("status").asText()).isEqualTo("DRAFT");
        assertThat(created.json().path("ownerDepartmentCode").asText()).isEqualTo("420100-007");
        assertThat(created.json().path("name").asText()).isEqualTo(name);
        assertThat(created.json().path("createdBy").asText()).isEqualTo(APPLICANT);

        JsonNode submitted = steps.submit(APPLICANT, id);
        assertThat(submitted.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(submitted.path("findings").isArray()).isTrue();
        assertThat(submitted.path("findings")).noneMatch(f -> f.path("blocking").asBoolean());
        assertThat(submitted.path("gaps")).isEmpty();

        // the first review belongs to Wuhan's office only
        assertThat(steps.tasksOf(PROVINCIAL_REVIEWER, id)).isEmpty();
        JsonNode first = steps.task(CITY_REVIEWER, id, "FIRST_REVIEW");
        assertThat(first.path("appName").asText()).isEqualTo(name);
        assertThat(first.path("due").isNull()).as("due date of %s", first).isFalse();
        assertThat(first.path("created").isNull()).isFalse();
        assertThat(first.path("assignee").isNull()).isTrue();
        String firstId = first.path("id").asText();

        JsonNode claimed = api.as(CITY_REVIEWER).post("/api/tasks/" + firstId + "/claim").expectJson(200).json();
        assertThat(claimed.path("assignee").asText()).isEqualTo(CITY_REVIEWER);
        JsonNode unclaimed = api.as(CITY_REVIEWER).post("/api/tasks/" + firstId + "/unclaim").expectJson(200).json();
        assertThat(unclaimed.path("assignee").isNull()).isTrue();
        api.as(CITY_REVIEWER).post("/api/tasks/" + firstId + "/claim").expectJson(200);

        JsonNode review = steps.decide(CITY_REVIEWER, firstId, FormJson.decision("APPROVE", "初审通过"));
        assertThat(review.path("decision").asText()).isEqualTo("APPROVE");
        assertThat(review.path("step").asText()).isEqualTo("FIRST_REVIEW");
        assertThat(review.path("appId").asLong()).isEqualTo(id);
        assertThat(review.path("reviewer").asText()).isEqualTo(CITY_REVIEWER);
        assertThat(steps.status(APPLICANT, id)).isEqualTo("UNDER_REVIEW");
        assertThat(steps.tasksOf(CITY_REVIEWER, id)).isEmpty();

        JsonNode provincial = steps.task(PROVINCIAL_REVIEWER, id, "PROVINCIAL_REVIEW");
        steps.decide(PROVINCIAL_REVIEWER, provincial.path("id").asText(), FormJson.decision("APPROVE", "予以备案"));

        JsonNode filed = steps.app(APPLICANT, id);
        assertThat(filed.path("status").asText()).isEqualTo("FILED");
        assertThat(filed.path("filingNumber").asText()).matches(filingNumberPattern());
        assertThat(filed.path("filedAt").isNull()).isFalse();
        assertNoOpenTask(id);

        List<JsonNode> history = steps.history(APPLICANT, id);
        assertTransitions(history, "null>DRAFT", "DRAFT>UNDER_REVIEW", "UNDER_REVIEW>FILED");
        assertThat(history.get(0).path("actor").asText()).isEqualTo(APPLICANT);
        assertThat(history.get(1).path("actor").asText()).isEqualTo(APPLICANT);
        assertThat(history.get(2).path("actor").asText()).isEqualTo(PROVINCIAL_REVIEWER);
        assertThat(history.get(2).path("reason").asText()).contains(filed.path("filingNumber").asText());
        assertOldestFirst(history);

        // the registry search finds it, for its unit and for the province
        JsonNode page = api.as(APPLICANT).get("/api/apps?q=" + encode(name) + "&status=FILED").expectJson(200).json();
        assertThat(page.path("total").asLong()).isEqualTo(1);
        assertThat(page.path("items").get(0).path("id").asLong()).isEqualTo(id);
        assertThat(page.path("items").get(0).path("filingNumber").asText()).isEqualTo(filed.path("filingNumber").asText());
        JsonNode provincePage = api.as("supervisor.hubei")
                .get("/api/apps?q=" + encode(name) + "&kind=APP&level=CITY&department=420100-007").expectJson(200).json();
        assertThat(provincePage.path("items")).extracting(i -> i.path("id").asLong()).containsExactly(id);
        assertThat(provincePage.path("page").asInt()).isZero();
        assertThat(provincePage.path("size").asInt()).isPositive();
    }

    @Test
    void provincialUnitGoesStraightToProvincialReview() {
        String name = FormJson.uniqueName("鄂人社通");
        long id = steps.createAndSubmit(PROVINCIAL_APPLICANT, FormJson.complete("420000-002", name));
        assertThat(steps.app(PROVINCIAL_APPLICANT, id).path("level").asText()).isEqualTo("PROVINCE");

        assertThat(steps.tasksOf(CITY_REVIEWER, id)).isEmpty();
        steps.approve(PROVINCIAL_REVIEWER, id, "PROVINCIAL_REVIEW");

        JsonNode filed = steps.app(PROVINCIAL_APPLICANT, id);
        assertThat(filed.path("status").asText()).isEqualTo("FILED");
        assertThat(filed.path("filingNumber").asText()).matches(filingNumberPattern());
        assertTransitions(steps.history(PROVINCIAL_APPLICANT, id), "null>DRAFT", "DRAFT>UNDER_REVIEW", "UNDER_REVIEW>FILED");
        assertNoOpenTask(id);
    }

    // ---- returned and resubmitted ------------------------------------------------------------------------------------

    @Test
    void returnAtFirstReviewListsTheGapsAndTheResubmissionIsFiled() {
        String name = FormJson.uniqueName("武汉城管巡查通");
        ObjectNode form = FormJson.complete(name);
        long id = steps.createAndSubmit(APPLICANT, form);

        String taskId = steps.task(CITY_REVIEWER, id, "FIRST_REVIEW").path("id").asText();
        JsonNode review = steps.decide(CITY_REVIEWER, taskId, FormJson.returnWith("请一次性补正",
                "handler", "经办人电话无法接通，请核实", "acceptance", "请补充验收报告结论"));
        assertThat(review.path("decision").asText()).isEqualTo("RETURN");
        assertThat(review.path("gaps")).hasSize(2);

        JsonNode returned = steps.app(APPLICANT, id);
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        assertGaps(returned, "handler:经办人电话无法接通，请核实", "acceptance:请补充验收报告结论");
        assertThat(returned.path("gaps").get(0).path("sectionLabel").asText()).isNotBlank();
        // the reviewers see the same gaps
        assertGaps(steps.app(CITY_REVIEWER, id), "handler:经办人电话无法接通，请核实", "acceptance:请补充验收报告结论");
        assertThat(steps.tasksOf(CITY_REVIEWER, id)).isEmpty();
        JsonNode revise = steps.task(APPLICANT, id, "REVISE");
        assertThat(revise.path("due").isNull()).isFalse();

        ((ObjectNode) form.path("handler")).put("phone", "027-85551234");
        ((ObjectNode) form.path("acceptance")).put("result", "验收合格，验收单位：市大数据中心");
        JsonNode revised = api.as(APPLICANT).put("/api/apps/" + id + "/form", form).expectJson(200).json();
        assertThat(revised.path("status").asText()).isEqualTo("RETURNED");
        assertThat(revised.path("form").path("handler").path("phone").asText()).isEqualTo("027-85551234");

        JsonNode resubmitted = steps.submit(APPLICANT, id);
        assertThat(resubmitted.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(resubmitted.path("gaps")).isEmpty();
        assertThat(steps.tasksOf(APPLICANT, id)).isEmpty();

        steps.approve(CITY_REVIEWER, id, "FIRST_REVIEW");
        steps.approve(PROVINCIAL_REVIEWER, id, "PROVINCIAL_REVIEW");
        assertThat(steps.status(APPLICANT, id)).isEqualTo("FILED");
        assertTransitions(steps.history(APPLICANT, id), "null>DRAFT", "DRAFT>UNDER_REVIEW", "UNDER_REVIEW>RETURNED",
                "RETURNED>UNDER_REVIEW", "UNDER_REVIEW>FILED");
        List<JsonNode> history = steps.history(APPLICANT, id);
        assertThat(history.get(2).path("actor").asText()).isEqualTo(CITY_REVIEWER);
        assertOldestFirst(history);
        assertNoOpenTask(id);
    }

    @Test
    void returnAtProvincialReviewListsTheGapsAndTheResubmissionIsFiled() {
        String name = FormJson.uniqueName("武汉城管执法快办");
        ObjectNode form = FormJson.complete(name);
        long id = steps.createAndSubmit(APPLICANT, form);
        steps.approve(CITY_REVIEWER, id, "FIRST_REVIEW");

        String taskId = steps.task(PROVINCIAL_REVIEWER, id, "PROVINCIAL_REVIEW").path("id").asText();
        steps.decide(PROVINCIAL_REVIEWER, taskId, FormJson.returnWith("技术检测未通过",
                "operations", "请补充第三方安全检测报告", "functions", "请说明“巡查任务派发”与统一平台的关系",
                "similarApps", "请列明已在使用的同类应用"));

        JsonNode returned = steps.app(APPLICANT, id);
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        assertGaps(returned, "operations:请补充第三方安全检测报告", "functions:请说明“巡查任务派发”与统一平台的关系",
                "similarApps:请列明已在使用的同类应用");
        steps.task(APPLICANT, id, "REVISE");
        assertThat(steps.tasksOf(PROVINCIAL_REVIEWER, id)).isEmpty();
        List<JsonNode> afterReturn = steps.history(APPLICANT, id);
        assertThat(afterReturn.get(afterReturn.size() - 1).path("actor").asText()).isEqualTo(PROVINCIAL_REVIEWER);

        form.putArray("similarApps").add("鄂汇办");
        api.as(APPLICANT).put("/api/apps/" + id + "/form", form).expectJson(200);
        assertThat(steps.submit(APPLICANT, id).path("status").asText()).isEqualTo("UNDER_REVIEW");

        approveUntilFiled(id);
        JsonNode filed = steps.app(APPLICANT, id);
        assertThat(filed.path("filingNumber").asText()).matches(filingNumberPattern());
        assertThat(filed.path("form").path("similarApps")).extracting(JsonNode::asText).containsExactly("鄂汇办");
        assertNoOpenTask(id);
    }

    @Test
    void aSecondReturnAfterResubmissionAgainListsAllItsGaps() {
        ObjectNode form = FormJson.complete(FormJson.uniqueName("武汉城管两次退回"));
        long id = steps.createAndSubmit(APPLICANT, form);
        String first = steps.task(CITY_REVIEWER, id, "FIRST_REVIEW").path("id").asText();
        steps.decide(CITY_REVIEWER, first, FormJson.returnWith(null, "handler", "请更正经办人邮箱"));
        assertGaps(steps.app(APPLICANT, id), "handler:请更正经办人邮箱");

        ((ObjectNode) form.path("handler")).put("email", "zhangming2@example.gov.cn");
        api.as(APPLICANT).put("/api/apps/" + id + "/form", form).expectJson(200);
        steps.submit(APPLICANT, id);
        assertThat(steps.app(APPLICANT, id).path("gaps")).isEmpty();

        String second = steps.task(CITY_REVIEWER, id, "FIRST_REVIEW").path("id").asText();
        assertThat(second).isNotEqualTo(first);
        steps.decide(CITY_REVIEWER, second, FormJson.returnWith("仍有问题，一次性告知",
                "projectApproval", "立项批复文号与附件不一致", "operations", "等保测评报告已过期",
                "acceptance", "验收日期晚于上线日期", "identity", "应用商店列表不全"));

        JsonNode again = steps.app(APPLICANT, id);
        assertThat(again.path("status").asText()).isEqualTo("RETURNED");
        assertGaps(again, "projectApproval:立项批复文号与附件不一致", "operations:等保测评报告已过期",
                "acceptance:验收日期晚于上线日期", "identity:应用商店列表不全");
        assertTransitions(steps.history(APPLICANT, id), "null>DRAFT", "DRAFT>UNDER_REVIEW", "UNDER_REVIEW>RETURNED",
                "RETURNED>UNDER_REVIEW", "UNDER_REVIEW>RETURNED");
        steps.task(APPLICANT, id, "REVISE");

        // and it can still be resubmitted and filed
        steps.submit(APPLICANT, id);
        approveUntilFiled(id);
    }

    // ---- abandoned -----------------------------------------------------------------------------------------------------

    @Test
    void returnedWithoutAnswerIsAbandonedWhenTheResubmissionDeadlineTimerFires() {
        long id = steps.createAndSubmit(APPLICANT, FormJson.complete(FormJson.uniqueName("武汉城管无人补正")));
        String taskId = steps.task(CITY_REVIEWER, id, "FIRST_REVIEW").path("id").asText();
        steps.decide(CITY_REVIEWER, taskId, FormJson.returnWith("请补正", "handler", "请补充经办人职务"));
        assertThat(steps.status(APPLICANT, id)).isEqualTo("RETURNED");

        List<JsonNode> history = steps.history(APPLICANT, id);
        JsonNode returnedAt = history.get(history.size() - 1);
        assertThat(returnedAt.path("to").asText()).isEqualTo("RETURNED");
        LocalDate returnDay = Instant.parse(returnedAt.path("at").asText()).atZone(WorkingCalendar.ZONE).toLocalDate();

        // the end (23:59:59 Asia/Shanghai) of the 15th working day after the return
        assertThat(filingSettings.resubmitDays()).isEqualTo(15);
        LocalDate lastDay = workingCalendar.addWorkingDays(returnDay, 15);
        Instant expectedDue = ZonedDateTime.of(lastDay, LocalTime.of(23, 59, 59), WorkingCalendar.ZONE).toInstant();
        assertThat(workingCalendar.isWorkingDay(lastDay)).isTrue();

        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(id)).singleResult();
        assertThat(instance).as("process instance of app %s", id).isNotNull();
        List<Job> timers = managementService.createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId("BoundaryEvent_ResubmitDeadline").list();
        assertThat(timers).as("resubmission deadline timer of app %s", id).hasSize(1);
        Job timer = timers.get(0);
        assertThat(timer.getDuedate().toInstant()).isEqualTo(expectedDue);
        // the revise task falls due at the same moment
        JsonNode revise = steps.task(APPLICANT, id, "REVISE");
        assertThat(Instant.parse(revise.path("due").asText())).isEqualTo(expectedDue);

        managementService.executeJob(timer.getId());

        JsonNode abandoned = steps.app(APPLICANT, id);
        assertThat(abandoned.path("status").asText()).isEqualTo("ABANDONED");
        List<JsonNode> after = steps.history(APPLICANT, id);
        assertTransitions(after, "null>DRAFT", "DRAFT>UNDER_REVIEW", "UNDER_REVIEW>RETURNED", "RETURNED>ABANDONED");
        assertThat(after.get(after.size() - 1).path("actor").asText()).isEqualTo("system");
        assertNoOpenTask(id);
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
        // an abandoned application can no longer be resubmitted
        api.as(APPLICANT).post("/api/apps/" + id + "/submit").expectProblem(409);
    }

    // ---- rejected ------------------------------------------------------------------------------------------------------

    @Test
    void rejectAtFirstReviewEndsTheCase() {
        String name = FormJson.uniqueName("武汉城管初审不予备案");
        long id = steps.createAndSubmit(APPLICANT, FormJson.complete(name));
        String taskId = steps.task(CITY_REVIEWER, id, "FIRST_REVIEW").path("id").asText();
        JsonNode review = steps.decide(CITY_REVIEWER, taskId, FormJson.decision("REJECT", "与统一平台功能重复"));
        assertThat(review.path("decision").asText()).isEqualTo("REJECT");

        JsonNode rejected = steps.app(APPLICANT, id);
        assertThat(rejected.path("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.path("filingNumber").isNull()).isTrue();
        List<JsonNode> history = steps.history(APPLICANT, id);
        assertTransitions(history, "null>DRAFT", "DRAFT>UNDER_REVIEW", "UNDER_REVIEW>REJECTED");
        assertThat(history.get(2).path("actor").asText()).isEqualTo(CITY_REVIEWER);
        assertThat(history.get(2).path("reason").asText()).contains("与统一平台功能重复");
        assertNoOpenTask(id);
        assertThat(steps.tasksOf(PROVINCIAL_REVIEWER, id)).isEmpty();
        api.as(APPLICANT).post("/api/apps/" + id + "/submit").expectProblem(409);
    }

    @Test
    void rejectAtProvincialReviewEndsTheCase() {
        long id = steps.createAndSubmit(APPLICANT, FormJson.complete(FormJson.uniqueName("武汉城管省级不予备案")));
        steps.approve(CITY_REVIEWER, id, "FIRST_REVIEW");
        String taskId = steps.task(PROVINCIAL_REVIEWER, id, "PROVINCIAL_REVIEW").path("id").asText();
        steps.decide(PROVINCIAL_REVIEWER, taskId, FormJson.decision("REJECT", "建议作为“鄂政通”模块建设"));

        assertThat(steps.status(APPLICANT, id)).isEqualTo("REJECTED");
        List<JsonNode> history = steps.history(APPLICANT, id);
        assertTransitions(history, "null>DRAFT", "DRAFT>UNDER_REVIEW", "UNDER_REVIEW>REJECTED");
        assertThat(history.get(2).path("actor").asText()).isEqualTo(PROVINCIAL_REVIEWER);
        assertNoOpenTask(id);
    }

    // ---- withdrawn -----------------------------------------------------------------------------------------------------

    @Test
    void withdrawDuringReviewEndsTheCaseWithNoOpenTask() {
        long id = steps.createAndSubmit(APPLICANT, FormJson.complete(FormJson.uniqueName("武汉城管撤回")));
        steps.task(CITY_REVIEWER, id, "FIRST_REVIEW");

        JsonNode withdrawn = api.as(APPLICANT).post("/api/apps/" + id + "/withdraw",
                FormJson.object().put("reason", "并入统一平台建设")).expectJson(200).json();
        assertThat(withdrawn.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(steps.status(CITY_REVIEWER, id)).isEqualTo("WITHDRAWN");
        List<JsonNode> history = steps.history(APPLICANT, id);
        assertTransitions(history, "null>DRAFT", "DRAFT>UNDER_REVIEW", "UNDER_REVIEW>WITHDRAWN");
        assertThat(history.get(2).path("reason").asText()).isEqualTo("并入统一平台建设");
        assertNoOpenTask(id);

        ApiResponse again = api.as(APPLICANT).post("/api/apps/" + id + "/withdraw").expectProblem(409);
        assertThat(again.json().path("currentState").asText()).isEqualTo("WITHDRAWN");
    }

    @Test
    void withdrawWhileReturnedAndWithdrawADraft() {
        long returned = steps.createAndSubmit(APPLICANT, FormJson.complete(FormJson.uniqueName("武汉城管退回后撤回")));
        String taskId = steps.task(CITY_REVIEWER, returned, "FIRST_REVIEW").path("id").asText();
        steps.decide(CITY_REVIEWER, taskId, FormJson.returnWith(null, "handler", "请补充经办人"));
        steps.task(APPLICANT, returned, "REVISE");
        JsonNode withdrawn = api.as(APPLICANT).post("/api/apps/" + returned + "/withdraw").expectJson(200).json();
        assertThat(withdrawn.path("status").asText()).isEqualTo("WITHDRAWN");
        assertNoOpenTask(returned);

        long draft = steps.create(APPLICANT, FormJson.object().put("name", FormJson.uniqueName("武汉城管草稿撤回")));
        api.as(APPLICANT).post("/api/apps/" + draft + "/withdraw").expectJson(200);
        assertTransitions(steps.history(APPLICANT, draft), "null>DRAFT", "DRAFT>WITHDRAWN");
    }

    // ---- pre-check and completeness ----------------------------------------------------------------------------------

    @Test
    void preCheckReturnsABannedFeatureAtOnce() {
        ObjectNode form = FormJson.complete(FormJson.uniqueName("武汉城管考勤通"));
        form.withArray("functions").addObject().put("name", "每日打卡").put("category", "OFFICE");
        long id = steps.create(APPLICANT, form);

        JsonNode submitted = steps.submit(APPLICANT, id);
        assertThat(submitted.path("status").asText()).isEqualTo("RETURNED");
        assertThat(submitted.path("findings")).anySatisfy(f -> {
            assertThat(f.path("code").asText()).isEqualTo("BANNED_FEATURE");
            assertThat(f.path("blocking").asBoolean()).isTrue();
            assertThat(f.path("field").asText()).isEqualTo("functions[2].name");
        });
        assertThat(submitted.path("gaps")).anySatisfy(g -> {
            assertThat(g.path("section").asText()).isEqualTo("functions");
            assertThat(g.path("message").asText()).contains("每日打卡");
        });

        JsonNode app = steps.app(APPLICANT, id);
        assertThat(app.path("status").asText()).isEqualTo("RETURNED");
        List<JsonNode> history = steps.history(APPLICANT, id);
        assertTransitions(history, "null>DRAFT", "DRAFT>UNDER_REVIEW", "UNDER_REVIEW>RETURNED");
        assertThat(history.get(2).path("actor").asText()).isEqualTo("system");
        // no reviewer ever sees it; the applicant has a revise task
        assertThat(steps.tasksOf(CITY_REVIEWER, id)).isEmpty();
        steps.task(APPLICANT, id, "REVISE");

        // removing the banned function lets the resubmission through to the first review
        form.withArray("functions").remove(2);
        api.as(APPLICANT).put("/api/apps/" + id + "/form", form).expectJson(200);
        JsonNode resubmitted = steps.submit(APPLICANT, id);
        assertThat(resubmitted.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(resubmitted.path("findings")).noneMatch(f -> f.path("code").asText().equals("BANNED_FEATURE"));
        steps.task(CITY_REVIEWER, id, "FIRST_REVIEW");
    }

    @Test
    void incompleteSubmitListsEveryMissingFieldAndChangesNothing() {
        String name = FormJson.uniqueName("武汉城管半成品");
        long id = steps.create(APPLICANT, FormJson.object().put("name", name));
        List<JsonNode> before = steps.history(APPLICANT, id);

        ApiResponse refused = api.as(APPLICANT).post("/api/apps/" + id + "/submit").expectProblem(422);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder(
                "kind", "audience", "stores",
                "handler.name", "handler.post", "handler.phone", "handler.email",
                "projectApproval.reference", "projectApproval.budgetSource", "projectApproval.fitsDigitalPlan",
                "projectApproval.duplicatesExisting", "projectApproval.couldBeModule", "projectApproval.sharesData",
                "functions",
                "operations.team", "operations.securityTested", "operations.mlpsLevel", "operations.mlpsAssessed",
                "acceptance.date", "acceptance.result",
                "similarApps", "commitmentSigned");
        assertThat(refused.json().path("findings")).allSatisfy(
                f -> assertThat(f.path("code").asText()).isEqualTo("INCOMPLETE_SECTION"));

        JsonNode app = steps.app(APPLICANT, id);
        assertThat(app.path("status").asText()).isEqualTo("DRAFT");
        assertThat(steps.history(APPLICANT, id)).isEqualTo(before);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id)).count())
                .isZero();

        // a nearly complete form names exactly what is left, with dotted and indexed paths
        ObjectNode almost = FormJson.complete(name);
        almost.remove("packageName");
        ((ObjectNode) almost.withArray("functions").get(1)).remove("category");
        ((ObjectNode) almost.path("handler")).remove("phone");
        api.as(APPLICANT).put("/api/apps/" + id + "/form", almost).expectJson(200);
        ApiResponse stillRefused = api.as(APPLICANT).post("/api/apps/" + id + "/submit").expectProblem(422);
        assertThat(stillRefused.errorFields())
                .containsExactlyInAnyOrder("packageName", "functions[1].category", "handler.phone");
        assertThat(steps.status(APPLICANT, id)).isEqualTo("DRAFT");
        assertThat(steps.history(APPLICANT, id)).isEqualTo(before);
    }

    @Test
    void aSubmittedApplicationCannotBeSubmittedOrEditedAgain() {
        ObjectNode form = FormJson.complete(FormJson.uniqueName("武汉城管重复提交"));
        long id = steps.createAndSubmit(APPLICANT, form);
        ApiResponse twice = api.as(APPLICANT).post("/api/apps/" + id + "/submit").expectProblem(409);
        assertThat(twice.json().path("currentState").asText()).isEqualTo("UNDER_REVIEW");
        ApiResponse edit = api.as(APPLICANT).put("/api/apps/" + id + "/form", form).expectProblem(409);
        assertThat(edit.json().path("currentState").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(steps.tasksOf(CITY_REVIEWER, id)).hasSize(1);
    }

    // ---- review decisions that break the rules -----------------------------------------------------------------------

    @Test
    void returnWithoutGapsAndRejectWithoutReasonAreRefusedAndLeaveTheTaskOpen() {
        long id = steps.createAndSubmit(APPLICANT, FormJson.complete(FormJson.uniqueName("武汉城管审核规则")));
        String taskId = steps.task(CITY_REVIEWER, id, "FIRST_REVIEW").path("id").asText();
        String path = "/api/tasks/" + taskId + "/complete";

        api.as(CITY_REVIEWER).post(path, FormJson.decision("RETURN", "请补正")).expectProblem(422).assertNamesField("gaps");
        api.as(CITY_REVIEWER).post(path, FormJson.returnWith("请补正")).expectProblem(422).assertNamesField("gaps");
        api.as(CITY_REVIEWER).post(path, FormJson.decision("REJECT", null)).expectProblem(422).assertNamesField("comment");
        api.as(CITY_REVIEWER).post(path, FormJson.decision("REJECT", "  ")).expectProblem(422).assertNamesField("comment");
        api.as(CITY_REVIEWER).post(path, FormJson.decision(null, "无决定")).expectProblem(422).assertNamesField("decision");

        assertThat(steps.status(APPLICANT, id)).isEqualTo("UNDER_REVIEW");
        assertThat(steps.task(CITY_REVIEWER, id, "FIRST_REVIEW").path("id").asText()).isEqualTo(taskId);
        assertTransitions(steps.history(APPLICANT, id), "null>DRAFT", "DRAFT>UNDER_REVIEW");
        steps.decide(CITY_REVIEWER, taskId, FormJson.decision("APPROVE", null));
        steps.task(PROVINCIAL_REVIEWER, id, "PROVINCIAL_REVIEW");
    }

    @Test
    void aReviseTaskIsNotCompletedInTheInbox() {
        long id = steps.createAndSubmit(APPLICANT, FormJson.complete(FormJson.uniqueName("武汉城管补正任务")));
        String taskId = steps.task(CITY_REVIEWER, id, "FIRST_REVIEW").path("id").asText();
        steps.decide(CITY_REVIEWER, taskId, FormJson.returnWith(null, "handler", "请补充经办人"));
        String reviseId = steps.task(APPLICANT, id, "REVISE").path("id").asText();

        ApiResponse refused = api.as(APPLICANT).post("/api/tasks/" + reviseId + "/complete",
                FormJson.decision("APPROVE", null)).expectProblem(409);
        assertThat(refused.json().path("currentState").asText()).isEqualTo("RETURNED");
        assertThat(refused.detail()).contains("/api/apps/" + id + "/submit");
        assertThat(steps.task(APPLICANT, id, "REVISE").path("id").asText()).isEqualTo(reviseId);
        assertThat(steps.status(APPLICANT, id)).isEqualTo("RETURNED");
    }

    // ---- public lookup -------------------------------------------------------------------------------------------------

    @Test
    void publicLookupFindsFiledAppsByNumberAndNameAndNeverDraftsOrRefusedOnes() {
        String filedName = FormJson.uniqueName("公开查询已备案");
        long filed = steps.createAndSubmit(APPLICANT, FormJson.complete(filedName));
        approveUntilFiled(filed);
        String number = steps.app(APPLICANT, filed).path("filingNumber").asText();

        ApiClient.Caller anonymous = api.anonymous();
        JsonNode byNumber = anonymous.get("/api/public/filings?number=" + encode(number)).expectJson(200).json();
        assertThat(byNumber).hasSize(1);
        assertThat(byNumber.get(0).path("filingNumber").asText()).isEqualTo(number);
        assertThat(byNumber.get(0).path("name").asText()).isEqualTo(filedName);
        assertThat(byNumber.get(0).path("kind").asText()).isEqualTo("APP");
        assertThat(byNumber.get(0).path("ownerDepartmentName").asText()).isEqualTo("武汉市城市管理执法委员会");
        assertThat(byNumber.get(0).path("filingStatus").asText()).isEqualTo("VALID");

        JsonNode byName = anonymous.get("/api/public/filings?name=" + encode(filedName)).expectJson(200).json();
        assertThat(byName).extracting(n -> n.path("filingNumber").asText()).containsExactly(number);
        // part of the name is enough
        JsonNode byPart = anonymous.get("/api/public/filings?name=" + encode(filedName.substring(2))).expectJson(200).json();
        assertThat(byPart).extracting(n -> n.path("filingNumber").asText()).containsExactly(number);

        String draftName = FormJson.uniqueName("公开查询草稿");
        steps.create(APPLICANT, FormJson.complete(draftName));
        String rejectedName = FormJson.uniqueName("公开查询不予备案");
        long rejected = steps.createAndSubmit(APPLICANT, FormJson.complete(rejectedName));
        steps.decide(CITY_REVIEWER, steps.task(CITY_REVIEWER, rejected, "FIRST_REVIEW").path("id").asText(),
                FormJson.decision("REJECT", "不予备案"));
        String reviewName = FormJson.uniqueName("公开查询审核中");
        steps.createAndSubmit(APPLICANT, FormJson.complete(reviewName));

        for (String hidden : List.of(draftName, rejectedName, reviewName)) {
            assertThat(anonymous.get("/api/public/filings?name=" + encode(hidden)).expectJson(200).json())
                    .as("public lookup of %s", hidden).isEmpty();
        }
        assertThat(anonymous.get("/api/public/filings?number=" + encode("鄂政应备2099999999号")).expectJson(200).json())
                .isEmpty();
        anonymous.get("/api/public/filings").expectProblem(400).assertNamesField("number");
    }

    // ---- re-filing -----------------------------------------------------------------------------------------------------

    @Test
    void reFilingARejectedAppAsANewApplicationLinksThePreviousOne() {
        String name = FormJson.uniqueName("武汉城管重新申报");
        long rejected = steps.createAndSubmit(APPLICANT, FormJson.complete(name));
        steps.decide(CITY_REVIEWER, steps.task(CITY_REVIEWER, rejected, "FIRST_REVIEW").path("id").asText(),
                FormJson.decision("REJECT", "材料不实"));
        assertThat(steps.status(APPLICANT, rejected)).isEqualTo("REJECTED");

        ObjectNode again = FormJson.complete(name);
        again.put("previousAppId", rejected);
        ApiResponse created = api.as(APPLICANT).post("/api/apps", again).expectJson(201);
        long id = created.json().path("id").asLong();
        assertThat(id).isNotEqualTo(rejected);
        assertThat(created.json().path("previousAppId").asLong()).isEqualTo(rejected);
        assertThat(created.json().path("status").asText()).isEqualTo("DRAFT");
        assertThat(steps.app(APPLICANT, id).path("previousAppId").asLong()).isEqualTo(rejected);
        List<JsonNode> history = steps.history(APPLICANT, id);
        assertThat(history.get(0).path("reason").asText()).contains(String.valueOf(rejected));
        // the rejected one stays as it was
        assertThat(steps.status(APPLICANT, rejected)).isEqualTo("REJECTED");

        // the link is set on creation only
        ObjectNode relink = FormJson.complete(name);
        relink.put("previousAppId", rejected);
        api.as(APPLICANT).put("/api/apps/" + id + "/form", relink).expectProblem(400).assertNamesField("previousAppId");

        steps.submit(APPLICANT, id);
        approveUntilFiled(id);
        assertThat(steps.app(APPLICANT, id).path("previousAppId").asLong()).isEqualTo(rejected);

        // a filed app cannot be "re-filed" as a new application
        ObjectNode ofFiled = FormJson.complete(FormJson.uniqueName("武汉城管重新申报已备案"));
        ofFiled.put("previousAppId", id);
        ApiResponse conflict = api.as(APPLICANT).post("/api/apps", ofFiled).expectProblem(409);
        assertThat(conflict.json().path("currentState").asText()).isEqualTo("FILED");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------------

    /** Approves whatever review step the case is at until it is filed. */
    private void approveUntilFiled(long id) {
        for (int step = 0; step < 3 && !"FILED".equals(steps.status(APPLICANT, id)); step++) {
            if (!steps.tasksOf(CITY_REVIEWER, id).isEmpty()) {
                steps.approve(CITY_REVIEWER, id, "FIRST_REVIEW");
            } else {
                steps.approve(PROVINCIAL_REVIEWER, id, "PROVINCIAL_REVIEW");
            }
        }
        assertThat(steps.status(APPLICANT, id)).isEqualTo("FILED");
    }

    /** No open task for the app in any inbox of the case, and no running process in the engine. */
    private void assertNoOpenTask(long id) {
        for (String user : List.of(APPLICANT, CITY_REVIEWER, PROVINCIAL_REVIEWER)) {
            assertThat(steps.tasksOf(user, id)).as("open tasks of app %s for %s", id, user).isEmpty();
        }
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).count())
                .as("open engine tasks of app %s", id).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id)).count())
                .as("running process of app %s", id).isZero();
    }

    private static Pattern filingNumberPattern() {
        int year = ZonedDateTime.now(WorkingCalendar.ZONE).getYear();
        return Pattern.compile("鄂政应备" + year + "\\d{6}号");
    }

    private static void assertTransitions(List<JsonNode> history, String... expected) {
        List<String> actual = new ArrayList<>();
        for (JsonNode h : history) {
            actual.add((h.path("from").isNull() ? "null" : h.path("from").asText()) + ">" + h.path("to").asText());
            assertThat(h.path("actor").asText()).as("actor of %s", h).isNotBlank();
            assertThat(h.path("at").asText()).as("at of %s", h).isNotBlank();
        }
        assertThat(actual).containsExactly(expected);
    }

    private static void assertOldestFirst(List<JsonNode> history) {
        Instant previous = Instant.MIN;
        for (JsonNode h : history) {
            Instant at = Instant.parse(h.path("at").asText());
            assertThat(at).as("history oldest first").isAfterOrEqualTo(previous);
            previous = at;
        }
    }

    private static void assertGaps(JsonNode app, String... sectionColonMessage) {
        List<String> actual = new ArrayList<>();
        for (JsonNode g : app.path("gaps")) {
            actual.add(g.path("section").asText() + ":" + g.path("message").asText());
        }
        assertThat(actual).as("gaps of app %s", app.path("id")).containsExactlyInAnyOrder(sectionColonMessage);
        assertThat(Set.copyOf(actual)).hasSize(sectionColonMessage.length);
    }

    static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
