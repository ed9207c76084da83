package org.fingertip.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

import org.fingertip.db.user.UserAccount;
import org.fingertip.db.user.UserAccounts;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.demo.DemoData;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.ApiResponse;
import org.fingertip.web.support.FilingSteps;
import org.fingertip.web.support.FormJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The administrator's API over real HTTP as the demo {@code admin}: every change lands in the record of changes, and
 * bad input is a 4xx problem with a Chinese message. Each test makes units and users of its own (the demo data is
 * shared by every suite).
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminApiIT {
    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    ApiClient api;
    FilingSteps steps;

    @Autowired
    org.fingertip.registry.task.TaskDeadlines deadlines;
    @Autowired
    org.fingertip.workflow.admin.DurationChanges durationChanges;
    @Autowired
    org.fingertip.registry.admin.DurationOverrides overrides;
    @Autowired
    org.fingertip.workflow.task.TaskDueRules dueRules;

    /** Other suites count with the configured durations: whatever a test set goes back to the defaults. */
    @org.junit.jupiter.api.AfterEach
    void durationsBackToTheDefaults() {
        for (org.fingertip.registry.admin.DurationKey key : org.fingertip.registry.admin.DurationKey.values()) {
            overrides.remove(key);
        }
        durationChanges.load();
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        steps = new FilingSteps(api);
    }

    /** The record's entries of one object, newest first. */
    private List<JsonNode> changesOf(String kind, String key) {
        JsonNode page = api.as("admin").get("/api/admin/changes?kind=" + kind + "&key=" + key + "&size=200")
                .expectJson(200).json();
        List<JsonNode> items = new ArrayList<>();
        page.path("items").forEach(items::add);
        assertThat(page.path("total").asLong()).isEqualTo(items.size());
        return items;
    }

    @Test
    void theRecordOfChangesIsTheAdministratorsAndPagedNewestFirst() {
        JsonNode page = api.as("admin").get("/api/admin/changes?page=0&size=5").expectJson(200).json();
        assertThat(page.path("size").asInt()).isEqualTo(5);
        assertThat(page.path("items").size()).isLessThanOrEqualTo(5);

        api.as("supervisor.hubei").get("/api/admin/changes").expectProblem(403);
        api.anonymous().get("/api/admin/changes").expectProblem(401);
        ApiResponse badPage = api.as("admin").get("/api/admin/changes?page=-1").expectProblem(400);
        assertThat(badPage.detail()).isEqualTo("分页参数有误");
        badPage.assertNamesField("page");
        api.as("admin").get("/api/admin/changes?kind=NOTHING").expectProblem(400).assertNamesField("kind");
    }

    /** A new unit of this test in the division, at a free code; asserts 201 and the record of its creation. */
    String newUnit(String division, String name) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String code = division + "-" + ThreadLocalRandom.current().nextInt(500, 1000);
            ApiResponse r = api.as("admin").post("/api/admin/units",
                    Map.of("code", code, "name", name + code, "divisionCode", division));
            if (r.status() == 201) {
                assertThat(r.json().path("mergedInto").isNull()).isTrue();
                assertThat(changesOf("UNIT", code)).extracting(c -> c.path("action").asText())
                        .containsExactly("UNIT_CREATE");
                return code;
            }
            r.expectProblem(400);
            assertThat(r.json().path("errors").get(0).path("message").asText()).contains("已被使用");
        }
        throw new AssertionError("no free unit code in " + division);
    }

    /** An applicant of the unit with the demo password, written as the seeding writes it. */
    String applicantOf(String unitCode) {
        String username = "applicant.t" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
        accounts.save(new UserAccount(username, encoder.encode(DemoData.DEMO_PASSWORD), "测试经办人", unitCode,
                unitCode.substring(0, unitCode.indexOf('-')), true, Set.of("APPLICANT")));
        return username;
    }

    // ---- units and divisions -------------------------------------------------------------------------------------

    @Test
    void mergingAUnitMovesItsAppsUsersAndOpenFilingCaseToTheOtherUnit() {
        String a = newUnit("420100", "待合并的市级单位");
        String b = newUnit("420102", "承接的区级单位");
        String applicantA = applicantOf(a);
        String applicantB = applicantOf(b);
        long draft = steps.create(applicantA, FormJson.complete(a, FormJson.uniqueName("合并草稿")));
        long returned = steps.createAndSubmit(applicantA, FormJson.complete(a, FormJson.uniqueName("合并退回")));
        steps.decide("reviewer.wuhan", steps.task("reviewer.wuhan", returned, "FIRST_REVIEW").path("id").asText(),
                FormJson.returnWith("请补正", "handler", "请补充经办人办公电话"));
        assertThat(steps.task(applicantA, returned, "REVISE").path("group").asText()).isEqualTo("applicant:" + a);
        api.as(applicantB).get("/api/apps/" + returned).expectProblem(404);

        JsonNode merged = api.as("admin").post("/api/admin/units/" + a + "/merge", Map.of("into", b))
                .expectJson(200).json();

        assertThat(merged.path("apps").asInt()).isEqualTo(2);
        assertThat(merged.path("users").asInt()).isEqualTo(1);
        assertThat(merged.path("tasks").asInt()).isEqualTo(1);
        assertThat(merged.path("merged").path("mergedInto").asText()).isEqualTo(b);
        // the apps are B's, in B's division and at its level, with the move in their history
        for (long id : List.of(draft, returned)) {
            JsonNode app = steps.app(applicantB, id);
            assertThat(app.path("ownerDepartmentCode").asText()).isEqualTo(b);
            assertThat(app.path("form").path("ownerDepartmentCode").asText()).isEqualTo(b);
            assertThat(app.path("level").asText()).isEqualTo("COUNTY");
        }
        assertThat(steps.history(applicantB, returned)).last().satisfies(h -> {
            assertThat(h.path("from").asText()).isEqualTo("RETURNED");
            assertThat(h.path("to").asText()).isEqualTo("RETURNED");
            assertThat(h.path("actor").asText()).isEqualTo("admin");
            assertThat(h.path("reason").asText()).contains("单位合并", a, b);
        });
        // A's applicant is B's now
        assertThat(api.as(applicantA).get("/api/me").expectJson(200).json().path("departmentCode").asText())
                .isEqualTo(b);
        // the open case went with the app: B's applicants see the task and act on it
        JsonNode task = steps.task(applicantB, returned, "REVISE");
        assertThat(task.path("group").asText()).isEqualTo("applicant:" + b);
        assertThat(task.path("unitCode").asText()).isEqualTo(b);
        JsonNode timeline = api.as(applicantB).get("/api/apps/" + returned + "/timeline").expectJson(200).json();
        assertThat(timeline.toString()).contains("单位合并：由 applicant:" + a + " 移交 applicant:" + b);
        // an account still left on A (as an older node might write it) is no member of the case any more
        String stale = applicantOf(a);
        assertThat(steps.tasksOf(stale, returned)).isEmpty();
        api.as(stale).get("/api/apps/" + returned).expectProblem(404);
        assertThat(steps.submit(applicantB, returned).path("status").asText()).isEqualTo("UNDER_REVIEW");
        // the case's group variable moved too: a second return is B's applicants' work from the start
        steps.decide("reviewer.wuhan", steps.task("reviewer.wuhan", returned, "FIRST_REVIEW").path("id").asText(),
                FormJson.returnWith("再次补正", "handler", "请补充经办人职务"));
        assertThat(steps.task(applicantB, returned, "REVISE").path("group").asText()).isEqualTo("applicant:" + b);
        assertThat(steps.tasksOf(stale, returned)).isEmpty();

        // A stays, merged: no new filing for it, no second merge, and the record says what moved
        assertThat(api.as("admin").get("/api/admin/units/" + a).expectJson(200).json().path("mergedInto").asText())
                .isEqualTo(b);
        ApiResponse refusedFiling = api.as(stale).post("/api/apps",
                FormJson.complete(a, FormJson.uniqueName("并入后再填报"))).expectProblem(422);
        assertThat(refusedFiling.detail()).contains("已并入 " + b);
        refusedFiling.assertNamesField("ownerDepartmentCode");
        api.as("admin").post("/api/admin/units/" + a + "/merge", Map.of("into", b)).expectProblem(422)
                .assertNamesField("into");
        assertThat(changesOf("UNIT", a)).first().satisfies(c -> {
            assertThat(c.path("action").asText()).isEqualTo("UNIT_MERGE");
            assertThat(c.path("actor").asText()).isEqualTo("admin");
            assertThat(c.path("detail").asText()).contains("应用 2 个", "用户 1 名", "待办任务 1 项",
                    "所属区划由 420100 变更为 420102");
        });
    }

    @Test
    void unitInputThatIsWrongIsRefusedWithAMessageBesideTheField() {
        ApiResponse bad = api.as("admin").post("/api/admin/units",
                Map.of("code", "420100-7", "name", "", "divisionCode", "420100")).expectProblem(400);
        assertThat(bad.errorFields()).containsExactly("code", "name");
        assertThat(bad.json().path("title").asText()).isEqualTo("输入有误");
        api.as("admin").post("/api/admin/units", Map.of("code", "999999-001", "name", "某单位",
                "divisionCode", "999999")).expectProblem(400).assertNamesField("divisionCode");
        api.as("admin").postRaw("/api/admin/units", "{\"code\":").expectProblem(400);
        api.as("admin").post("/api/admin/units/420100-007/merge", Map.of("into", "420100-007")).expectProblem(422)
                .assertNamesField("into");
        api.as("admin").post("/api/admin/units/420100-007/merge", Map.of()).expectProblem(422)
                .assertNamesField("into");
        api.as("admin").post("/api/admin/units/420100-007/merge", Map.of("into", "420100-999"))
                .expectProblem(422);
        api.as("admin").post("/api/admin/units/420100-000/merge", Map.of("into", "420100-007"))
                .expectProblem(404);
        api.as("admin").put("/api/admin/units/420100-007", Map.of("name", " ")).expectProblem(400)
                .assertNamesField("name");
        api.as("supervisor.hubei").post("/api/admin/units/420100-007/merge", Map.of("into", "420100-008"))
                .expectProblem(403);
    }

    @Test
    void aUnitIsRenamedAndTheDivisionsAreATreeByPath() {
        String code = newUnit("420500", "宜昌测试单位");
        JsonNode renamed = api.as("admin").put("/api/admin/units/" + code, Map.of("name", "宜昌市数据局" + code))
                .expectJson(200).json();
        assertThat(renamed.path("name").asText()).isEqualTo("宜昌市数据局" + code);
        assertThat(changesOf("UNIT", code).get(0).path("detail").asText()).contains("改为“宜昌市数据局" + code + "”");
        JsonNode list = api.as("admin").get("/api/admin/units?division=420500&keyword=" + code).expectJson(200).json();
        assertThat(list.path("total").asLong()).isEqualTo(1);

        JsonNode divisions = api.as("admin").get("/api/admin/divisions").expectJson(200).json();
        List<String> paths = new ArrayList<>();
        divisions.forEach(d -> paths.add(d.path("path").asText()));
        assertThat(paths).isSorted().contains("/420000/", "/420000/420100/", "/420000/420100/420102/");
        assertThat(divisions.get(0).path("depth").asInt()).isZero();
    }

    // ---- users ---------------------------------------------------------------------------------------------------

    private static String someone(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
    }

    @Test
    void aNewUserIsCheckedFieldByFieldAndMustChangeItsInitialPassword() {
        ApiResponse refused = api.as("admin").post("/api/admin/users", Map.of("username", "x",
                "displayName", "", "unitCode", "420100-000", "roles", List.of("APPLICANT"), "email", "nowhere",
                "password", "short")).expectProblem(400);
        assertThat(refused.errorFields()).containsExactly("username", "displayName", "unitCode", "email", "password",
                "password");
        assertThat(refused.json().path("errors").toString()).contains("密码至少 8 个字符",
                "密码须包含大写字母、小写字母、数字、符号四类中的至少三类");
        api.as("admin").post("/api/admin/users", Map.of("username", someone("u"), "displayName", "某人",
                "roles", List.of("KING"), "password", "Welcome#2026")).expectProblem(400).assertNamesField("roles");
        api.as("admin").post("/api/admin/users", Map.of("username", "admin", "displayName", "重名",
                "jurisdictionCode", "420000", "roles", List.of("ADMIN"), "password", "Welcome#2026"))
                .expectProblem(400).assertNamesField("username");

        String username = someone("zhang.");
        JsonNode created = api.as("admin").post("/api/admin/users", Map.of("username", username, "displayName", "张三",
                "unitCode", "420100-007", "roles", List.of("APPLICANT"), "email", username + "@example.gov.cn",
                "password", "Welcome#2026")).expectJson(201).json();
        assertThat(created.path("mustChangePassword").asBoolean()).isTrue();
        assertThat(created.path("jurisdictionCode").asText()).isEqualTo("420100");
        assertThat(created.path("enabled").asBoolean()).isTrue();
        ApiResponse blocked = api.as(username, "Welcome#2026").get("/api/me").expectProblem(403);
        assertThat(blocked.json().path("title").asText()).isEqualTo("须先修改密码");
        JsonNode listed = api.as("admin").get("/api/admin/users?unit=420100-007&role=APPLICANT&keyword=" + username)
                .expectJson(200).json();
        assertThat(listed.path("total").asLong()).isEqualTo(1);
        assertThat(changesOf("USER", username)).extracting(c -> c.path("action").asText())
                .containsExactly("USER_CREATE");
        // the demo users were seeded without the flag
        assertThat(api.as("admin").get("/api/admin/users/applicant.wuhan").expectJson(200).json()
                .path("mustChangePassword").asBoolean()).isFalse();
        api.as("admin").get("/api/admin/users/nobody.here").expectProblem(404);
    }

    @Test
    void aDisabledUserIsShutOutAndAnAdministratorNeverDisablesItself() {
        String user = applicantOf("420500-003");
        api.as(user).get("/api/me").expectJson(200);

        assertThat(api.as("admin").post("/api/admin/users/" + user + "/disable").expectJson(200).json()
                .path("enabled").asBoolean()).isFalse();
        api.as(user).get("/api/me").expectProblem(401);
        assertThat(api.as("admin").get("/api/admin/users?enabled=false&keyword=" + user).expectJson(200).json()
                .path("total").asLong()).isEqualTo(1);
        api.as("admin").post("/api/admin/users/" + user + "/enable").expectJson(200);
        api.as(user).get("/api/me").expectJson(200);
        api.as("admin").post("/api/admin/users/admin/disable").expectProblem(422).assertNamesField("username");
        assertThat(changesOf("USER", user)).extracting(c -> c.path("action").asText())
                .containsExactly("USER_ENABLE", "USER_DISABLE");
    }

    @Test
    void aResetPasswordIsTemporaryAndMustMeetTheRules() {
        String user = applicantOf("420500-003");
        api.as("admin").post("/api/admin/users/" + user + "/password-reset", Map.of("password", "abc"))
                .expectProblem(400).assertNamesField("password");
        api.as("admin").post("/api/admin/users/" + user + "/password-reset",
                Map.of("password", "X" + user + "#1")).expectProblem(400);
        JsonNode generated = api.as("admin").post("/api/admin/users/" + user + "/password-reset", Map.of())
                .expectJson(200).json();
        String temporary = generated.path("temporaryPassword").asText();
        assertThat(temporary).hasSize(12);
        assertThat(generated.path("mustChangePassword").asBoolean()).isTrue();
        api.as(user).get("/api/me").expectProblem(401);
        api.as(user, temporary).get("/api/apps").expectProblem(403);
        assertThat(changesOf("USER", user).get(0).path("detail").asText()).contains("系统生成", "下次登录须修改")
                .doesNotContain(temporary);
    }

    @Test
    void aUserMovesToAnotherUnitButNotToAMergedOne() {
        String user = applicantOf("420500-003");
        JsonNode moved = api.as("admin").post("/api/admin/users/" + user + "/move", Map.of("unitCode", "420100-008"))
                .expectJson(200).json();
        assertThat(moved.path("unitCode").asText()).isEqualTo("420100-008");
        assertThat(moved.path("jurisdictionCode").asText()).isEqualTo("420100");
        assertThat(api.as(user).get("/api/me").expectJson(200).json().path("departmentCode").asText())
                .isEqualTo("420100-008");
        api.as("admin").post("/api/admin/users/" + user + "/move", Map.of("unitCode", "420100-008"))
                .expectProblem(422).assertNamesField("unitCode");
        api.as("admin").post("/api/admin/users/" + user + "/move", Map.of("unitCode", "nowhere"))
                .expectProblem(400).assertNamesField("unitCode");
        String a = newUnit("420500", "调入后合并的单位");
        String b = newUnit("420500", "合并承接单位");
        api.as("admin").post("/api/admin/units/" + a + "/merge", Map.of("into", b)).expectJson(200);
        ApiResponse refused = api.as("admin").post("/api/admin/users/" + user + "/move", Map.of("unitCode", a))
                .expectProblem(422);
        assertThat(refused.detail()).contains("已并入 " + b);
        api.as("admin").post("/api/admin/users", Map.of("username", someone("late."), "displayName", "迟到",
                "unitCode", a, "roles", List.of("APPLICANT"), "password", "Welcome#2026")).expectProblem(422)
                .assertNamesField("unitCode");
        assertThat(changesOf("USER", user).get(0).path("detail").asText()).contains("调整为", "420100-008");
    }

    @Test
    void aLeaversOpenTasksAreHandedToAnotherMemberOfTheirGroupAllOrNone() {
        String unit = newUnit("420100", "交接测试单位");
        String leaver = applicantOf(unit);
        String successor = applicantOf(unit);
        String outsider = applicantOf("420500-003");
        long first = steps.createAndSubmit(leaver, FormJson.complete(unit, FormJson.uniqueName("交接一")));
        long second = steps.createAndSubmit(leaver, FormJson.complete(unit, FormJson.uniqueName("交接二")));
        for (long id : List.of(first, second)) {
            steps.decide("reviewer.wuhan", steps.task("reviewer.wuhan", id, "FIRST_REVIEW").path("id").asText(),
                    FormJson.returnWith("请补正", "handler", "请补充经办人邮箱"));
            String revise = steps.task(leaver, id, "REVISE").path("id").asText();
            api.as(leaver).post("/api/tasks/" + revise + "/claim").expectJson(200);
        }
        api.as("admin").post("/api/admin/users/" + leaver + "/disable").expectJson(200);

        ApiResponse refused = api.as("admin").post("/api/admin/users/" + leaver + "/handover", Map.of("to", outsider))
                .expectProblem(422);
        refused.assertNamesField("to");
        assertThat(refused.detail()).contains("不在该任务的管辖范围");
        api.as("admin").post("/api/admin/users/" + leaver + "/handover", Map.of("to", "nobody.at.all"))
                .expectProblem(422).assertNamesField("to");
        api.as("admin").post("/api/admin/users/" + leaver + "/handover", Map.of()).expectProblem(400)
                .assertNamesField("to");
        List<String> held = new ArrayList<>();
        for (long id : List.of(first, second)) {
            JsonNode tasks = api.as("admin").get("/api/apps/" + id + "/tasks").expectJson(200).json();
            assertThat(tasks).singleElement().satisfies(t -> assertThat(t.path("assignee").asText()).isEqualTo(leaver));
            held.add(tasks.get(0).path("id").asText());
        }

        JsonNode handed = api.as("admin").post("/api/admin/users/" + leaver + "/handover", Map.of("to", successor))
                .expectJson(200).json();
        assertThat(handed.path("tasks")).hasSize(2);
        assertThat(handed.path("tasks")).extracting(t -> t.path("id").asText()).containsExactlyInAnyOrderElementsOf(held);
        for (long id : List.of(first, second)) {
            JsonNode task = steps.task(successor, id, "REVISE");
            assertThat(task.path("assignee").asText()).isEqualTo(successor);
        }
        JsonNode timeline = api.as(successor).get("/api/apps/" + first + "/timeline").expectJson(200).json();
        assertThat(timeline.toString()).contains("离职交接：原办理人 " + leaver);
        assertThat(steps.submit(successor, first).path("status").asText()).isEqualTo("UNDER_REVIEW");
        JsonNode change = changesOf("USER", leaver).get(0);
        assertThat(change.path("action").asText()).isEqualTo("USER_HANDOVER");
        assertThat(change.path("detail").asText()).contains("移交待办任务 2 项给 " + successor);
        // nothing left: a second hand-over moves nothing and says so
        assertThat(api.as("admin").post("/api/admin/users/" + leaver + "/handover", Map.of("to", successor))
                .expectJson(200).json().path("tasks")).isEmpty();
    }

    // ---- the holiday calendar ------------------------------------------------------------------------------------

    @Test
    void aYearPutThroughTheCalendarApiIsRecorded() {
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() + 4;
        api.as("admin").put("/api/calendar/" + year, Map.of("offDays", List.of(year + "-01-01", year + "-05-01"),
                "workDays", List.of(year + "-04-25"))).expectJson(200);
        assertThat(changesOf("CALENDAR", String.valueOf(year)).get(0).path("detail").asText())
                .contains("放假 2 天、调休上班 1 天");
        api.as("admin").put("/api/calendar/" + year, Map.of("offDays", List.of((year + 1) + "-01-01")))
                .expectProblem(400).assertNamesField("offDays");
    }

    // ---- the platform's function catalogue -----------------------------------------------------------------------

    private List<String> findingCodes(long appId) {
        List<String> codes = new ArrayList<>();
        steps.app("applicant.wuhan", appId).path("findings").forEach(f -> codes.add(f.path("code").asText()));
        return codes;
    }

    private long submittedWithFunction(String function) {
        com.fasterxml.jackson.databind.node.ObjectNode form = FormJson.complete(FormJson.uniqueName("目录比对应用"));
        ((com.fasterxml.jackson.databind.node.ArrayNode) form.get("functions")).addObject().put("name", function)
                .put("category", "SERVICE");
        return steps.createAndSubmit("applicant.wuhan", form);
    }

    @Test
    void theCatalogueIsWhatThePreChecksDuplicateFindingReads() {
        String function = FormJson.uniqueName("平台查询");
        JsonNode added = api.as("admin").post("/api/admin/catalogue", Map.of("provinceCode", "420000",
                "platformName", "鄂汇办", "functionName", function)).expectJson(201).json();
        long id = added.path("id").asLong();
        api.as("admin").post("/api/admin/catalogue", Map.of("provinceCode", "420000", "platformName", "鄂汇办",
                "functionName", " " + function + " ")).expectProblem(400).assertNamesField("functionName");
        ApiResponse notProvince = api.as("admin").post("/api/admin/catalogue", Map.of("provinceCode", "420100",
                "platformName", "", "functionName", "x")).expectProblem(400);
        assertThat(notProvince.errorFields()).containsExactly("provinceCode", "platformName");
        JsonNode listed = api.as("admin").get("/api/admin/catalogue?province=420000&keyword=" + function)
                .expectJson(200).json();
        assertThat(listed.path("items")).extracting(e -> e.path("id").asLong()).containsExactly(id);

        assertThat(findingCodes(submittedWithFunction(function))).contains("PLATFORM_OVERLAP");

        String renamed = FormJson.uniqueName("平台预约");
        assertThat(api.as("admin").put("/api/admin/catalogue/" + id, Map.of("platformName", "鄂汇办",
                "functionName", renamed)).expectJson(200).json().path("functionName").asText()).isEqualTo(renamed);
        assertThat(findingCodes(submittedWithFunction(function))).doesNotContain("PLATFORM_OVERLAP");
        assertThat(findingCodes(submittedWithFunction(renamed))).contains("PLATFORM_OVERLAP");

        api.as("admin").send("DELETE", "/api/admin/catalogue/" + id, null).expect(204);
        api.as("admin").send("DELETE", "/api/admin/catalogue/" + id, null).expectProblem(404);
        assertThat(findingCodes(submittedWithFunction(renamed))).doesNotContain("PLATFORM_OVERLAP");
        assertThat(changesOf("PLATFORM_FUNCTION", String.valueOf(id))).extracting(c -> c.path("action").asText())
                .containsExactly("FUNCTION_REMOVE", "FUNCTION_EDIT", "FUNCTION_ADD");
        assertThat(changesOf("PLATFORM_FUNCTION", String.valueOf(id)).get(0).path("detail").asText())
                .contains("删除", renamed);
    }

    // ---- the durations table -------------------------------------------------------------------------------------

    private static JsonNode line(JsonNode table, String key) {
        for (JsonNode l : table) {
            if (l.path("key").asText().equals(key)) {
                return l;
            }
        }
        throw new AssertionError("no line " + key + " in " + table);
    }

    @Test
    void aChangedDurationAppliesToTasksCreatedAfterwardsAndIsRecorded() {
        JsonNode table = api.as("admin").get("/api/admin/durations").expectJson(200).json();
        assertThat(table).hasSize(6);
        JsonNode first = line(table, "FIRST_REVIEW");
        assertThat(first.path("workingDays").asInt()).isEqualTo(10);
        assertThat(first.path("defaultDays").asInt()).isEqualTo(10);
        assertThat(first.path("unit").asText()).isEqualTo("工作日");
        assertThat(first.path("overridden").asBoolean()).isFalse();

        long before = steps.createAndSubmit("applicant.wuhan", FormJson.complete(FormJson.uniqueName("期限修改前")));
        JsonNode changed = api.as("admin").put("/api/admin/durations/FIRST_REVIEW", Map.of("workingDays", 3))
                .expectJson(200).json();
        assertThat(line(changed, "FIRST_REVIEW").path("workingDays").asInt()).isEqualTo(3);
        assertThat(line(changed, "FIRST_REVIEW").path("overridden").asBoolean()).isTrue();
        assertThat(line(changed, "FIRST_REVIEW").path("updatedBy").asText()).isEqualTo("admin");
        long after = steps.createAndSubmit("applicant.wuhan", FormJson.complete(FormJson.uniqueName("期限修改后")));

        JsonNode oldTask = steps.task("reviewer.wuhan", before, "FIRST_REVIEW");
        JsonNode newTask = steps.task("reviewer.wuhan", after, "FIRST_REVIEW");
        assertThat(java.time.Instant.parse(oldTask.path("due").asText()))
                .isEqualTo(deadlines.due(java.time.Instant.parse(oldTask.path("created").asText()), 10));
        assertThat(java.time.Instant.parse(newTask.path("due").asText()))
                .isEqualTo(deadlines.due(java.time.Instant.parse(newTask.path("created").asText()), 3));

        api.as("admin").put("/api/admin/durations/REMINDER", Map.of("workingDays", 0)).expectJson(200);
        assertThat(deadlines.settings().reminderWorkingDays()).isZero();
        JsonNode reset = api.as("admin").send("DELETE", "/api/admin/durations/FIRST_REVIEW", null).expectJson(200)
                .json();
        assertThat(line(reset, "FIRST_REVIEW").path("workingDays").asInt()).isEqualTo(10);
        assertThat(changesOf("DURATION", "FIRST_REVIEW")).extracting(c -> c.path("action").asText())
                .containsExactly("DURATION_RESET", "DURATION_SET");
        assertThat(changesOf("DURATION", "FIRST_REVIEW").get(1).path("detail").asText())
                .contains("由 10 个工作日改为 3 个工作日");
    }

    @Test
    void aDurationStoredByAnotherNodeAppliesHereAtTheNextReload() {
        overrides.put(org.fingertip.registry.admin.DurationKey.RESUBMIT, 4, "admin", java.time.Instant.now());
        assertThat(dueRules.of(org.fingertip.workflow.task.TaskType.REVISE).workingDays()).isEqualTo(15);

        durationChanges.load();

        assertThat(dueRules.of(org.fingertip.workflow.task.TaskType.REVISE).workingDays()).isEqualTo(4);
        assertThat(dueRules.of(org.fingertip.workflow.task.TaskType.CHANGE_REVISE).workingDays()).isEqualTo(4);
    }

    @Test
    void aDurationOutsideItsBoundsOrUnknownIsRefused() {
        ApiResponse zero = api.as("admin").put("/api/admin/durations/FIRST_REVIEW", Map.of("workingDays", 0))
                .expectProblem(400);
        zero.assertNamesField("workingDays");
        assertThat(zero.detail()).isEqualTo("“市级初审”须在 1 至 60 个工作日之间");
        api.as("admin").put("/api/admin/durations/FIRST_REVIEW", Map.of()).expectProblem(400)
                .assertNamesField("workingDays");
        api.as("admin").putRaw("/api/admin/durations/FIRST_REVIEW", "{\"workingDays\":\"ten\"}").expectProblem(400);
        api.as("admin").put("/api/admin/durations/NOTHING", Map.of("workingDays", 3)).expectProblem(404);
        api.as("reviewer.hubei").put("/api/admin/durations/FIRST_REVIEW", Map.of("workingDays", 3))
                .expectProblem(403);
        assertThat(line(api.as("admin").get("/api/admin/durations").expectJson(200).json(), "FIRST_REVIEW")
                .path("workingDays").asInt()).isEqualTo(10);
    }
}
