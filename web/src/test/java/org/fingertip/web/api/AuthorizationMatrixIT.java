package org.fingertip.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.fingertip.db.user.UserAccount;
import org.fingertip.db.user.UserAccounts;
import org.fingertip.registry.access.Role;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.export.XlsxExports;
import org.fingertip.web.security.Allowed;
import org.fingertip.web.security.AnyAuthenticated;
import org.fingertip.web.security.PublicEndpoint;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.ApiResponse;
import org.fingertip.web.support.FilingSteps;
import org.fingertip.web.support.FormJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call what, generated from the application's own handler mappings: every handler of ours declares exactly
 * one access rule, and every {@code /api} endpoint answers every demo user (and anonymous) as its rule says. Then the
 * jurisdiction and separation-of-duties checks the role rule cannot express.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorizationMatrixIT {
    /** One user per demo login; anonymous is null. */
    private static final List<String> DEMO_USERS = List.of("applicant.wuhan", "applicant.yichang", "applicant.hubei",
            "reviewer.wuhan", "reviewer.yichang", "reviewer.hubei", "supervisor.wuhan", "supervisor.hubei",
            "observer.wuhan", "admin");
    private static final String ROLE_REFUSAL = "您的角色无权";
    private static final List<Class<? extends Annotation>> RULES =
            List.of(Allowed.class, AnyAuthenticated.class, PublicEndpoint.class);

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;
    @Autowired
    UserAccounts userAccounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    ApiClient api;
    FilingSteps steps;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        steps = new FilingSteps(api);
    }

    /** One endpoint of ours: method, path pattern and handler. */
    record Endpoint(String method, String pattern, HandlerMethod handler) {
        @Override
        public String toString() {
            return method + " " + pattern + " (" + handler.getBeanType().getSimpleName() + "."
                    + handler.getMethod().getName() + ")";
        }
    }

    private List<Endpoint> ourEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : handlerMapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = e.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("org.fingertip")) {
                continue;
            }
            Set<org.springframework.web.bind.annotation.RequestMethod> methods =
                    e.getKey().getMethodsCondition().getMethods();
            List<String> names = methods.isEmpty() ? List.of("GET") : methods.stream().map(Enum::name).sorted().toList();
            for (String pattern : e.getKey().getPatternValues()) {
                for (String m : names) {
                    endpoints.add(new Endpoint(m, pattern, handler));
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return endpoints;
    }

    private List<Endpoint> apiEndpoints() {
        return ourEndpoints().stream().filter(e -> e.pattern().startsWith("/api/")).toList();
    }

    // ---- every handler declares its rule -------------------------------------------------------------------------------

    @Test
    void everyHandlerOfOursDeclaresExactlyOneAccessRule() {
        List<Endpoint> endpoints = ourEndpoints();
        assertThat(endpoints).as("handlers in org.fingertip").isNotEmpty();
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : endpoints) {
            long declared = RULES.stream().filter(r -> e.handler().hasMethodAnnotation(r)).count();
            if (declared != 1) {
                wrong.add(e + " declares " + declared + " of @Allowed/@AnyAuthenticated/@PublicEndpoint");
            }
            Allowed allowed = e.handler().getMethodAnnotation(Allowed.class);
            if (allowed != null && allowed.value().length == 0) {
                wrong.add(e + " declares @Allowed with no role");
            }
        }
        assertThat(wrong).as("handlers without exactly one access rule").isEmpty();
    }

    @Test
    void theContractsEndpointsAreAllMapped() {
        List<String> mapped = apiEndpoints().stream().map(e -> e.method() + " " + e.pattern()).toList();
        assertThat(mapped).contains("POST /api/apps", "PUT /api/apps/{id}/form", "POST /api/apps/{id}/submit",
                "POST /api/apps/{id}/withdraw", "GET /api/apps/{id}", "GET /api/apps/{id}/history", "GET /api/apps",
                "GET /api/tasks", "POST /api/tasks/{id}/claim", "POST /api/tasks/{id}/unclaim",
                "POST /api/tasks/{id}/complete", "GET /api/me", "GET /api/public/filings", "GET /api/apps/{id}/tasks",
                "POST /api/rechecks", "GET /api/rechecks/{id}",
                "GET /api/notices", "POST /api/notices/{id}/read",
                "POST /api/apps/{id}/exit", "GET /api/exits", "GET /api/public/notices",
                // change filing and revocation
                "POST /api/apps/{id}/changes", "GET /api/apps/{id}/changes", "GET /api/changes/{id}",
                "PUT /api/changes/{id}", "POST /api/changes/{id}/withdraw", "POST /api/apps/{id}/revoke",
                "POST /api/inventory/import", "GET /api/backlog",
                // the caller's notification centre
                "GET /api/notifications", "GET /api/notifications/count", "POST /api/notifications/{id}/read",
                "POST /api/notifications/read-all",
                // the case diagram and the processes it is drawn from
                "GET /api/apps/{id}/diagram.svg", "GET /api/apps/{id}/processes",
                // the inbox: counts, hand-overs, urges; a case's comments and history; the holiday calendar
                "GET /api/tasks/counts", "GET /api/tasks/{id}", "POST /api/tasks/{id}/transfer",
                "POST /api/tasks/{id}/delegate", "POST /api/tasks/{id}/resolve", "POST /api/tasks/{id}/urge",
                "GET /api/apps/{id}/comments", "POST /api/apps/{id}/comments", "GET /api/apps/{id}/timeline",
                "GET /api/calendar/{year}", "PUT /api/calendar/{year}",
                // every list a supervisor or reviewer sees, as an Excel file with the list's filters
                "GET /api/apps/export.xlsx", "GET /api/ledger/export.xlsx", "GET /api/exits/export.xlsx",
                "GET /api/backlog/export.xlsx", "GET /api/rechecks/{id}/apps/export.xlsx",
                "GET /api/tasks/overdue/export.xlsx", "GET /api/evaluations/export.xlsx",
                // the supervisor's dashboard, the comparison, and the two lists they drill down to that were new
                "GET /api/dashboard", "GET /api/dashboard/compare", "GET /api/tasks/overdue", "GET /api/evaluations");
        // the administrator's area: the record of changes
        assertThat(mapped).contains("GET /api/admin/changes", "GET /api/admin/divisions", "GET /api/admin/units",
                "POST /api/admin/units", "GET /api/admin/units/{code}", "PUT /api/admin/units/{code}",
                "POST /api/admin/units/{code}/merge", "GET /api/admin/users", "POST /api/admin/users",
                "GET /api/admin/users/{username}", "POST /api/admin/users/{username}/disable",
                "POST /api/admin/users/{username}/enable", "POST /api/admin/users/{username}/password-reset",
                "POST /api/admin/users/{username}/move", "POST /api/admin/users/{username}/handover",
                "GET /api/admin/catalogue", "POST /api/admin/catalogue", "PUT /api/admin/catalogue/{id}",
                "DELETE /api/admin/catalogue/{id}", "GET /api/admin/durations", "PUT /api/admin/durations/{key}",
                "DELETE /api/admin/durations/{key}");
        // evidence files of a ledger item: upload, list, download, and never a way to change or delete one
        assertThat(mapped).contains("POST /api/ledger/{id}/attachments", "GET /api/ledger/{id}/attachments",
                "GET /api/ledger/{id}/attachments/{attachmentId}");
        assertThat(mapped).noneMatch(m -> m.contains("/attachments") && !m.startsWith("GET ") && !m.startsWith("POST "));
    }

    /** Pages whose roles are part of the contract: the page, and exactly the roles its handler admits. */
    @Test
    void thePagesContractsAreMappedWithTheirRoles() {
        Map<String, Set<Role>> contract = new LinkedHashMap<>();
        // the applicant's and the observer's home page (the navigation's 首页), and the receipt of a rating
        contract.put("GET /home", EnumSet.of(Role.APPLICANT, Role.OBSERVER));
        contract.put("GET /apps/{id}/evaluations/{evaluationId}",
                EnumSet.of(Role.OBSERVER, Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR));
        Map<String, Set<Role>> mapped = new LinkedHashMap<>();
        for (Endpoint e : ourEndpoints()) {
            Allowed allowed = e.handler().getMethodAnnotation(Allowed.class);
            if (allowed != null) {
                mapped.put(e.method() + " " + e.pattern(), EnumSet.copyOf(Arrays.asList(allowed.value())));
            }
        }
        contract.forEach((page, roles) -> assertThat(mapped.get(page)).as(page).isEqualTo(roles));
    }

    // ---- the generated matrix ------------------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> everyApiEndpointAnswersEveryRoleAsItsRuleSays() {
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        for (String user : DEMO_USERS) {
            UserAccount account = userAccounts.find(user).orElseThrow(() -> new AssertionError("no demo user " + user));
            Set<Role> set = EnumSet.noneOf(Role.class);
            account.roles().forEach(r -> set.add(Role.valueOf(r)));
            roles.put(user, set);
        }
        assertThat(roles.values().stream().flatMap(Set::stream).distinct()).as("roles of the demo users")
                .containsExactlyInAnyOrder(Role.values());
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint e : apiEndpoints()) {
            tests.add(DynamicTest.dynamicTest(e + " × anonymous", () -> checkAnonymous(e)));
            for (Map.Entry<String, Set<Role>> user : roles.entrySet()) {
                tests.add(DynamicTest.dynamicTest(e + " × " + user.getKey(),
                        () -> checkUser(e, user.getKey(), user.getValue())));
            }
        }
        return tests.stream();
    }

    private void checkAnonymous(Endpoint e) {
        ApiResponse r = call(api.anonymous(), e);
        if (e.handler().hasMethodAnnotation(PublicEndpoint.class)) {
            assertThat(r.status()).as("public endpoint for anonymous: %s", r).isNotIn(401, 403);
            assertProblemIfError(e, r);
        } else {
            r.expectProblem(401);
        }
    }

    private void checkUser(Endpoint e, String user, Set<Role> userRoles) {
        ApiResponse r = call(api.as(user), e);
        boolean mayCall = e.handler().hasMethodAnnotation(PublicEndpoint.class)
                || e.handler().hasMethodAnnotation(AnyAuthenticated.class)
                || (e.handler().hasMethodAnnotation(Allowed.class)
                    && Arrays.stream(e.handler().getMethodAnnotation(Allowed.class).value()).anyMatch(userRoles::contains));
        if (mayCall) {
            assertThat(r.status()).as("%s may call it: %s", userRoles, r).isNotEqualTo(401);
            if (r.status() == 403) {
                assertThat(r.detail()).as("not a role refusal: %s", r).doesNotContain(ROLE_REFUSAL);
            }
            assertProblemIfError(e, r);
        } else {
            r.expectProblem(403);
            assertThat(r.detail()).as("a role refusal: %s", r).contains(ROLE_REFUSAL);
        }
    }

    private static void assertProblemIfError(Endpoint e, ApiResponse r) {
        if (r.status() >= 400) {
            r.assertIsProblem();
        } else {
            assertThat(r.status()).as("%s", r).isBetween(200, 299);
            // an export answers with its file, every other endpoint with JSON
            String type = e.pattern().endsWith(".xlsx") ? XlsxExports.MEDIA_TYPE : "application/json";
            assertThat(r.contentType()).as("%s", r).startsWith(type);
        }
    }

    /**
     * Calls the endpoint with placeholders: unknown ids (numeric or not, after the parameter's type) and, where a body
     * is read, a body with an unknown field, so that no call of the matrix changes anything.
     */
    private static ApiResponse call(ApiClient.Caller caller, Endpoint e) {
        String path = e.pattern();
        String body = null;
        for (MethodParameter p : e.handler().getMethodParameters()) {
            p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            PathVariable pv = p.getParameterAnnotation(PathVariable.class);
            if (pv != null) {
                String name = !pv.name().isEmpty() ? pv.name() : !pv.value().isEmpty() ? pv.value()
                        : p.getParameterName();
                Class<?> type = p.getParameterType();
                boolean numeric = type == long.class || type == int.class || Number.class.isAssignableFrom(type);
                path = path.replace("{" + name + "}", numeric ? "987654321987" : "no-such-task-0");
            }
            if (p.hasParameterAnnotation(RequestBody.class)) {
                body = "{\"matrixPlaceholder\":\"x\"}";
            }
        }
        assertThat(path).as("every path variable of %s replaced", e).doesNotContain("{");
        return caller.send(e.method(), path, body);
    }

    // ---- logins ----------------------------------------------------------------------------------------------------------

    @Test
    void aWrongPasswordOrUnknownUserIsUnauthorized() {
        api.as("applicant.wuhan", "wrong-password").get("/api/me").expectProblem(401);
        api.as("nobody.at.all", "Demo@2026").get("/api/me").expectProblem(401);
        api.as("applicant.wuhan", "wrong-password").get("/api/apps").expectProblem(401);
    }

    @Test
    void meTellsEachDemoUserWhoItIs() {
        JsonNode me = api.as("applicant.wuhan").get("/api/me").expectJson(200).json();
        assertThat(me.path("username").asText()).isEqualTo("applicant.wuhan");
        assertThat(me.path("roles")).extracting(JsonNode::asText).containsExactly("APPLICANT");
        assertThat(me.path("departmentCode").asText()).isEqualTo("420100-007");
        assertThat(me.path("jurisdictionCode").asText()).isEqualTo("420100");
        JsonNode reviewer = api.as("reviewer.hubei").get("/api/me").expectJson(200).json();
        assertThat(reviewer.path("roles")).extracting(JsonNode::asText).containsExactly("REVIEWER");
        assertThat(reviewer.path("jurisdictionCode").asText()).isEqualTo("420000");
    }

    // ---- jurisdiction --------------------------------------------------------------------------------------------------

    @Test
    void anApplicantSeesAndFilesOnlyForItsOwnUnit() {
        long wuhanApp = steps.create("applicant.wuhan", FormJson.complete(FormJson.uniqueName("武汉辖区应用")));

        api.as("applicant.yichang").get("/api/apps/" + wuhanApp).expectProblem(404);
        api.as("applicant.yichang").get("/api/apps/" + wuhanApp + "/history").expectProblem(404);
        api.as("applicant.yichang").post("/api/apps/" + wuhanApp + "/submit").expectProblem(404);
        api.as("applicant.yichang").post("/api/apps/" + wuhanApp + "/withdraw").expectProblem(404);
        api.as("applicant.yichang").put("/api/apps/" + wuhanApp + "/form",
                FormJson.complete(FormJson.uniqueName("改别人的"))).expectProblem(404);
        JsonNode search = api.as("applicant.yichang").get("/api/apps?department=420100-007").expectJson(200).json();
        assertThat(search.path("items")).noneMatch(i -> i.path("id").asLong() == wuhanApp);
        // the provincial applicant is of another unit, even though the province is above Wuhan
        api.as("applicant.hubei").get("/api/apps/" + wuhanApp).expectProblem(404);

        ApiResponse foreign = api.as("applicant.yichang").post("/api/apps",
                FormJson.complete("420100-007", FormJson.uniqueName("代武汉填报"))).expectProblem(403);
        assertThat(foreign.detail()).doesNotContain(ROLE_REFUSAL);
        // moving one's own draft to another unit is refused the same way
        long yichangApp = steps.create("applicant.yichang", FormJson.complete(FormJson.uniqueName("宜昌人社通")));
        api.as("applicant.yichang").put("/api/apps/" + yichangApp + "/form",
                FormJson.complete("420100-007", FormJson.uniqueName("转给武汉"))).expectProblem(403);
        assertThat(steps.app("applicant.yichang", yichangApp).path("ownerDepartmentCode").asText())
                .isEqualTo("420500-003");
    }

    @Test
    void reviewersSeeAndDecideOnlyWhatTheirOfficeDoes() {
        long id = steps.createAndSubmit("applicant.wuhan", FormJson.complete(FormJson.uniqueName("武汉待初审")));
        JsonNode task = steps.task("reviewer.wuhan", id, "FIRST_REVIEW");
        String taskId = task.path("id").asText();
        ObjectNode approve = FormJson.decision("APPROVE", "越权审核");

        // another city's reviewer neither sees the case nor its task
        api.as("reviewer.yichang").get("/api/apps/" + id).expectProblem(404);
        assertThat(steps.tasksOf("reviewer.yichang", id)).isEmpty();
        api.as("reviewer.yichang").post("/api/tasks/" + taskId + "/claim").expectProblem(404);
        api.as("reviewer.yichang").post("/api/tasks/" + taskId + "/unclaim").expectProblem(404);
        api.as("reviewer.yichang").post("/api/tasks/" + taskId + "/complete", approve).expectProblem(404);

        // the province sees the Wuhan case and who must act, but the first review is Wuhan's to decide
        assertThat(steps.app("reviewer.hubei", id).path("status").asText()).isEqualTo("UNDER_REVIEW");
        JsonNode caseTasks = api.as("reviewer.hubei").get("/api/apps/" + id + "/tasks").expectJson(200).json();
        assertThat(caseTasks).extracting(t -> t.path("id").asText()).containsExactly(taskId);
        assertThat(caseTasks.get(0).path("type").asText()).isEqualTo("FIRST_REVIEW");
        assertThat(steps.tasksOf("reviewer.hubei", id)).isEmpty();
        api.as("reviewer.hubei").post("/api/tasks/" + taskId + "/claim").expectProblem(403);
        ApiResponse refused = api.as("reviewer.hubei").post("/api/tasks/" + taskId + "/complete", approve)
                .expectProblem(403);
        assertThat(refused.detail()).doesNotContain(ROLE_REFUSAL);

        // supervisors and observers see it; the applicant cannot decide it (no reviewer)
        steps.app("supervisor.wuhan", id);
        steps.app("observer.wuhan", id);
        api.as("supervisor.hubei").get("/api/apps/" + id).expectJson(200);
        api.as("applicant.wuhan").post("/api/tasks/" + taskId + "/complete", approve).expectProblem(403);

        // nothing moved
        assertThat(steps.task("reviewer.wuhan", id, "FIRST_REVIEW").path("assignee").isNull()).isTrue();
        assertThat(steps.status("applicant.wuhan", id)).isEqualTo("UNDER_REVIEW");

        // a task claimed by one reviewer cannot be taken or decided by another of the same office
        steps.approve("reviewer.wuhan", id, "FIRST_REVIEW");
        String provincial = steps.task("reviewer.hubei", id, "PROVINCIAL_REVIEW").path("id").asText();
        api.as("reviewer.wuhan").post("/api/tasks/" + provincial + "/complete", approve).expectProblem(403);
        api.as("reviewer.hubei").post("/api/tasks/" + provincial + "/claim").expectJson(200);
        String secondProvincialReviewer = extraUser("reviewer.hubei.second", Set.of("REVIEWER"), "420000-004", "420000");
        ApiResponse taken = api.as(secondProvincialReviewer).post("/api/tasks/" + provincial + "/complete", approve)
                .expectProblem(409);
        assertThat(taken.json().path("currentState").asText()).isEqualTo("CLAIMED");
        api.as(secondProvincialReviewer).post("/api/tasks/" + provincial + "/claim").expectProblem(409);
        api.as(secondProvincialReviewer).post("/api/tasks/" + provincial + "/unclaim").expectProblem(409);
        steps.decide("reviewer.hubei", provincial, FormJson.decision("APPROVE", "同意"));
        assertThat(steps.status("applicant.wuhan", id)).isEqualTo("FILED");
        // a finished task is gone
        api.as("reviewer.hubei").post("/api/tasks/" + provincial + "/complete", approve).expectProblem(404);
    }

    @Test
    void theFilerNeverDecidesItsOwnCase() {
        String dual = extraUser("applicant.reviewer.wuhan", Set.of("APPLICANT", "REVIEWER"), "420100-001", "420100");
        JsonNode me = api.as(dual).get("/api/me").expectJson(200).json();
        assertThat(me.path("roles")).extracting(JsonNode::asText).containsExactly("APPLICANT", "REVIEWER");

        long id = steps.createAndSubmit(dual, FormJson.complete("420100-001", FormJson.uniqueName("网信办自建应用")));
        // the first review is in its own office's queue, so it sees it, but may not decide it
        JsonNode task = steps.task(dual, id, "FIRST_REVIEW");
        String taskId = task.path("id").asText();
        ApiResponse claim = api.as(dual).post("/api/tasks/" + taskId + "/claim").expectProblem(403);
        assertThat(claim.detail()).doesNotContain(ROLE_REFUSAL);
        for (ObjectNode decision : List.of(FormJson.decision("APPROVE", "自己审自己"),
                FormJson.decision("REJECT", "自己驳回"), FormJson.returnWith("自己退回", "handler", "自己退回"))) {
            ApiResponse refused = api.as(dual).post("/api/tasks/" + taskId + "/complete", decision).expectProblem(403);
            assertThat(refused.detail()).doesNotContain(ROLE_REFUSAL);
        }
        assertThat(steps.status(dual, id)).isEqualTo("UNDER_REVIEW");

        // a colleague of the same office may
        steps.approve("reviewer.wuhan", id, "FIRST_REVIEW");
        steps.approve("reviewer.hubei", id, "PROVINCIAL_REVIEW");
        assertThat(steps.status(dual, id)).isEqualTo("FILED");
    }

    @Test
    void aDraftIsItsUnitsOwnAndNobodySeesOutsideItsJurisdiction() {
        String draftName = FormJson.uniqueName("武汉草稿");
        long draft = steps.create("applicant.wuhan", FormJson.complete(draftName));
        for (String other : List.of("reviewer.wuhan", "reviewer.hubei", "supervisor.wuhan", "supervisor.hubei",
                "observer.wuhan", "admin")) {
            api.as(other).get("/api/apps/" + draft).expectProblem(404);
            api.as(other).get("/api/apps/" + draft + "/history").expectProblem(404);
            JsonNode search = api.as(other).get("/api/apps?q=" + FilingApiIT.encode(draftName)).expectJson(200).json();
            assertThat(search.path("items")).as("%s searching for a draft", other).isEmpty();
        }
        JsonNode own = api.as("applicant.wuhan").get("/api/apps?q=" + FilingApiIT.encode(draftName)).expectJson(200).json();
        assertThat(own.path("items")).extracting(i -> i.path("id").asLong()).containsExactly(draft);

        // once submitted, the jurisdiction sees it; other jurisdictions never do
        steps.submit("applicant.wuhan", draft);
        for (String insider : List.of("reviewer.wuhan", "reviewer.hubei", "supervisor.wuhan", "supervisor.hubei",
                "observer.wuhan", "admin")) {
            assertThat(steps.app(insider, draft).path("status").asText()).isEqualTo("UNDER_REVIEW");
        }
        for (String outsider : List.of("reviewer.yichang", "applicant.yichang", "applicant.hubei")) {
            api.as(outsider).get("/api/apps/" + draft).expectProblem(404);
            api.as(outsider).get("/api/apps/" + draft + "/tasks").expectProblem(404);
        }

        long yichang = steps.createAndSubmit("applicant.yichang", FormJson.complete(FormJson.uniqueName("宜昌辖区应用")));
        for (String outsider : List.of("reviewer.wuhan", "supervisor.wuhan", "observer.wuhan", "applicant.wuhan")) {
            api.as(outsider).get("/api/apps/" + yichang).expectProblem(404);
            api.as(outsider).get("/api/apps/" + yichang + "/history").expectProblem(404);
        }
        steps.app("reviewer.yichang", yichang);
        steps.app("reviewer.hubei", yichang);
        steps.app("supervisor.hubei", yichang);
    }

    /** Adds (or resets) a login with the demo password; returns its username. */
    private String extraUser(String username, Set<String> roles, String unitCode, String jurisdictionCode) {
        userAccounts.save(new UserAccount(username, passwordEncoder.encode(org.fingertip.web.demo.DemoData.DEMO_PASSWORD),
                "测试用户 " + username, unitCode, jurisdictionCode, true, roles));
        return username;
    }
}
