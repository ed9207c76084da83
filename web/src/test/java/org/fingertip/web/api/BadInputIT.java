package org.fingertip.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.fingertip.web.FingertipApplication;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.ApiResponse;
import org.fingertip.web.support.FilingSteps;
import org.fingertip.web.support.FormJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Malformed and silly input: each is a 400 {@code application/problem+json} naming the field (or 404 for unknown
 * ids), never a server error (the shared client fails any 5xx).
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputIT {
    private static final String APPLICANT = "applicant.wuhan";
    private static final String REVIEWER = "reviewer.wuhan";

    @LocalServerPort
    int port;

    ApiClient api;
    FilingSteps steps;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        steps = new FilingSteps(api);
    }

    // ---- bodies ----------------------------------------------------------------------------------------------------------

    @Test
    void malformedJsonIsABadRequest() {
        String name = FormJson.uniqueName("坏JSON");
        for (String raw : new String[] {"{\"name\": \"" + name + "\",", "{name: 1}", "not json at all", "[1, 2",
                "{\"name\": \"" + name + "\"} trailing"}) {
            ApiResponse r = api.as(APPLICANT).postRaw("/api/apps", raw).expectProblem(400);
            assertThat(r.detail()).as("%s", r).isNotBlank();
            r.assertNamesField("body");
        }
        long id = steps.create(APPLICANT, FormJson.object().put("name", name));
        // a syntax error inside a nested object is placed where the parser was
        api.as(APPLICANT).putRaw("/api/apps/" + id + "/form", "{\"handler\": {\"phone\": }").expectProblem(400)
                .assertNamesField("handler");
        api.as(REVIEWER).postRaw("/api/tasks/no-such-task/complete", "{\"decision\": APPROVE}").expectProblem(400)
                .assertNamesField("body");
        // nothing was created by any of these
        assertThat(api.as(APPLICANT).get("/api/apps?q=" + FilingApiIT.encode(name)).expectJson(200).json()
                .path("total").asLong()).isEqualTo(1);
    }

    @Test
    void aMissingBodyIsABadRequest() {
        api.as(APPLICANT).post("/api/apps").expectProblem(400).assertNamesField("body");
        long id = steps.create(APPLICANT, FormJson.object().put("name", FormJson.uniqueName("无请求体")));
        api.as(APPLICANT).send("PUT", "/api/apps/" + id + "/form", null).expectProblem(400).assertNamesField("body");
        api.as(REVIEWER).post("/api/tasks/no-such-task/complete").expectProblem(400).assertNamesField("body");
        api.as(APPLICANT).postRaw("/api/apps", "").expectProblem(400).assertNamesField("body");
        api.as(APPLICANT).postRaw("/api/apps", "null").expectProblem(400).assertNamesField("body");
    }

    @Test
    void wrongTypesNameTheField() {
        ObjectNode numberName = FormJson.complete(FormJson.uniqueName("x"));
        numberName.put("name", 12345);
        api.as(APPLICANT).post("/api/apps", numberName).expectProblem(400).assertNamesField("name");

        ObjectNode stringBoolean = FormJson.complete(FormJson.uniqueName("字符串布尔"));
        ((ObjectNode) stringBoolean.path("projectApproval")).put("fitsDigitalPlan", "yes");
        api.as(APPLICANT).post("/api/apps", stringBoolean).expectProblem(400)
                .assertNamesField("projectApproval.fitsDigitalPlan");

        ObjectNode textBoolean = FormJson.complete(FormJson.uniqueName("文本布尔"));
        ((ObjectNode) textBoolean.path("projectApproval")).put("fitsDigitalPlan", "true");
        api.as(APPLICANT).post("/api/apps", textBoolean).expectProblem(400)
                .assertNamesField("projectApproval.fitsDigitalPlan");

        ObjectNode objectPhone = FormJson.complete(FormJson.uniqueName("对象电话"));
        ((ObjectNode) objectPhone.path("handler")).putObject("phone").put("number", "13800138000");
        api.as(APPLICANT).post("/api/apps", objectPhone).expectProblem(400).assertNamesField("handler.phone");

        ObjectNode textLevel = FormJson.complete(FormJson.uniqueName("文本等保"));
        ((ObjectNode) textLevel.path("operations")).put("mlpsLevel", "three");
        api.as(APPLICANT).post("/api/apps", textLevel).expectProblem(400).assertNamesField("operations.mlpsLevel");

        ObjectNode storesString = FormJson.complete(FormJson.uniqueName("商店字符串"));
        storesString.put("stores", "华为应用市场");
        api.as(APPLICANT).post("/api/apps", storesString).expectProblem(400).assertNamesField("stores");

        ObjectNode badDate = FormJson.complete(FormJson.uniqueName("坏日期"));
        ((ObjectNode) badDate.path("acceptance")).put("date", "2026-13-45");
        api.as(APPLICANT).post("/api/apps", badDate).expectProblem(400).assertNamesField("acceptance.date");

        ObjectNode functionNumber = FormJson.complete(FormJson.uniqueName("功能数字"));
        ((ObjectNode) functionNumber.withArray("functions").get(1)).put("name", 7);
        api.as(APPLICANT).post("/api/apps", functionNumber).expectProblem(400).assertNamesField("functions[1].name");

        ObjectNode commitmentText = FormJson.complete(FormJson.uniqueName("承诺文本"));
        commitmentText.put("commitmentSigned", "signed");
        api.as(APPLICANT).post("/api/apps", commitmentText).expectProblem(400).assertNamesField("commitmentSigned");

        api.as(REVIEWER).post("/api/tasks/no-such-task/complete",
                FormJson.object().put("decision", "APPROVE").put("gaps", "all of them")).expectProblem(400)
                .assertNamesField("gaps");
    }

    @Test
    void unknownEnumValuesNameTheField() {
        ObjectNode kind = FormJson.complete(FormJson.uniqueName("未知类型"));
        kind.put("kind", "SPACESHIP");
        ApiResponse r = api.as(APPLICANT).post("/api/apps", kind).expectProblem(400).assertNamesField("kind");
        assertThat(r.json().path("errors").get(0).path("message").asText()).contains("SPACESHIP").contains("MINI_PROGRAM");

        ObjectNode audience = FormJson.complete(FormJson.uniqueName("未知对象"));
        audience.put("audience", "EVERYONE");
        api.as(APPLICANT).post("/api/apps", audience).expectProblem(400).assertNamesField("audience");

        ObjectNode category = FormJson.complete(FormJson.uniqueName("未知类别"));
        ((ObjectNode) category.withArray("functions").get(0)).put("category", "GAMBLING");
        api.as(APPLICANT).post("/api/apps", category).expectProblem(400).assertNamesField("functions[0].category");

        api.as(REVIEWER).post("/api/tasks/no-such-task/complete", FormJson.decision("MAYBE", "随便"))
                .expectProblem(400).assertNamesField("decision");
        api.as(REVIEWER).post("/api/tasks/no-such-task/complete", FormJson.decision("approve", "小写"))
                .expectProblem(400).assertNamesField("decision");
    }

    @Test
    void unknownFieldsNameTheField() {
        ObjectNode top = FormJson.complete(FormJson.uniqueName("未知字段"));
        top.put("colour", "red");
        api.as(APPLICANT).post("/api/apps", top).expectProblem(400).assertNamesField("colour");

        ObjectNode nested = FormJson.complete(FormJson.uniqueName("嵌套未知字段"));
        ((ObjectNode) nested.path("handler")).put("mobile", "13800138000");
        api.as(APPLICANT).post("/api/apps", nested).expectProblem(400).assertNamesField("handler.mobile");

        ObjectNode inList = FormJson.complete(FormJson.uniqueName("列表未知字段"));
        ((ObjectNode) inList.withArray("functions").get(1)).put("weight", 3);
        api.as(APPLICANT).post("/api/apps", inList).expectProblem(400).assertNamesField("functions[1].weight");

        ObjectNode decision = FormJson.decision("APPROVE", "同意").put("urgent", true);
        api.as(REVIEWER).post("/api/tasks/no-such-task/complete", decision).expectProblem(400).assertNamesField("urgent");

        ObjectNode gap = FormJson.returnWith("退回", "handler", "电话");
        ((ObjectNode) gap.withArray("gaps").get(0)).put("severity", "high");
        api.as(REVIEWER).post("/api/tasks/no-such-task/complete", gap).expectProblem(400)
                .assertNamesField("gaps[0].severity");
    }

    @Test
    void aOneMegabyteNameIsRefusedNamingName() {
        String huge = "名".repeat(1024 * 1024);
        ObjectNode form = FormJson.complete(huge);
        api.as(APPLICANT).post("/api/apps", form).expectProblem(400).assertNamesField("name");

        long id = steps.create(APPLICANT, FormJson.object().put("name", FormJson.uniqueName("超长名称")));
        api.as(APPLICANT).put("/api/apps/" + id + "/form", form).expectProblem(400).assertNamesField("name");
        // query parameters over their limits (kept short enough for the server's URL limit)
        api.as(APPLICANT).get("/api/apps?q=" + FilingApiIT.encode("长".repeat(101))).expectProblem(400)
                .assertNamesField("q");
        api.anonymous().get("/api/public/filings?name=" + FilingApiIT.encode("长".repeat(101))).expectProblem(400)
                .assertNamesField("name");
        api.anonymous().get("/api/public/filings?number=" + "9".repeat(41)).expectProblem(400).assertNamesField("number");
    }

    @Test
    void malformedValuesInsideTheFormNameTheField() {
        ObjectNode form = FormJson.complete(FormJson.uniqueName("格式错误"));
        ((ObjectNode) form.path("handler")).put("phone", "call me");
        ((ObjectNode) form.path("handler")).put("email", "not-an-email");
        ((ObjectNode) form.path("operations")).put("mlpsLevel", 9);
        form.put("packageName", "空 格");
        ApiResponse r = api.as(APPLICANT).post("/api/apps", form).expectProblem(400);
        assertThat(r.errorFields()).contains("handler.phone", "handler.email", "operations.mlpsLevel", "packageName");

        ObjectNode owner = FormJson.complete(FormJson.uniqueName("坏单位编码"));
        owner.put("ownerDepartmentCode", "wuhan");
        api.as(APPLICANT).post("/api/apps", owner).expectProblem(400).assertNamesField("ownerDepartmentCode");

        ObjectNode nullFunction = FormJson.complete(FormJson.uniqueName("空功能"));
        nullFunction.withArray("functions").addNull();
        api.as(APPLICANT).post("/api/apps", nullFunction).expectProblem(400).assertNamesField("functions[2]");

        ObjectNode nullStore = FormJson.complete(FormJson.uniqueName("空商店"));
        nullStore.withArray("stores").addNull();
        api.as(APPLICANT).post("/api/apps", nullStore).expectProblem(400).assertNamesField("stores[2]");

        ObjectNode nullSimilar = FormJson.complete(FormJson.uniqueName("空同类应用"));
        nullSimilar.withArray("similarApps").addNull();
        api.as(APPLICANT).post("/api/apps", nullSimilar).expectProblem(400).assertNamesField("similarApps[0]");

        ObjectNode nullGap = FormJson.decision("RETURN", "退回");
        nullGap.putArray("gaps").addNull();
        api.as(REVIEWER).post("/api/tasks/no-such-task/complete", nullGap).expectProblem(400).assertNamesField("gaps[0]");

        ObjectNode gaps = FormJson.returnWith("退回", "nowhere", "位置不明", "handler", "");
        api.as(REVIEWER).post("/api/tasks/no-such-task/complete", gaps).expectProblem(400)
                .assertNamesField("gaps[0].section").assertNamesField("gaps[1].message");
    }

    // ---- ids -------------------------------------------------------------------------------------------------------------

    @Test
    void unknownIdsAreNotFound() {
        api.as(APPLICANT).get("/api/apps/987654321987").expectProblem(404);
        api.as(APPLICANT).get("/api/apps/987654321987/history").expectProblem(404);
        api.as(APPLICANT).post("/api/apps/987654321987/submit").expectProblem(404);
        api.as(APPLICANT).post("/api/apps/987654321987/withdraw").expectProblem(404);
        api.as(APPLICANT).put("/api/apps/987654321987/form", FormJson.complete(FormJson.uniqueName("无此应用")))
                .expectProblem(404);
        api.as(REVIEWER).post("/api/tasks/no-such-task/claim").expectProblem(404);
        api.as(REVIEWER).post("/api/tasks/no-such-task/unclaim").expectProblem(404);
        api.as(REVIEWER).post("/api/tasks/no-such-task/complete", FormJson.decision("APPROVE", null)).expectProblem(404);
        api.as(REVIEWER).post("/api/tasks/0/complete", FormJson.decision("APPROVE", null)).expectProblem(404);

        ObjectNode previous = FormJson.complete(FormJson.uniqueName("无此原申请"));
        previous.put("previousAppId", 987654321987L);
        api.as(APPLICANT).post("/api/apps", previous).expectProblem(404);
    }

    @ParameterizedTest
    @CsvSource({
            "GET,/api/apps/abc",
            "GET,/api/apps/abc/history",
            "POST,/api/apps/abc/submit",
            "POST,/api/apps/abc/withdraw",
            "GET,/api/apps/1.5",
            "GET,/api/apps/99999999999999999999999",
            "GET,/api/apps/-",
    })
    void malformedIdsNameTheId(String method, String path) {
        api.as(APPLICANT).send(method, path, null).expectProblem(400).assertNamesField("id");
    }

    @Test
    void aMalformedIdInTheFormPathNamesTheId() {
        api.as(APPLICANT).put("/api/apps/abc/form", FormJson.complete(FormJson.uniqueName("坏编号")))
                .expectProblem(400).assertNamesField("id");
    }

    // ---- paging ----------------------------------------------------------------------------------------------------------

    // ---- change filing and revocation ----------------------------------------------------------------------------

    @Test
    void changeAndRevocationBodiesOfTheWrongShapeNameTheField() {
        long appId = steps.createAndSubmit(APPLICANT, FormJson.complete(FormJson.uniqueName("变更坏输入")));
        steps.approve(REVIEWER, appId, "FIRST_REVIEW");
        steps.approve("reviewer.hubei", appId, "PROVINCIAL_REVIEW");
        String path = "/api/apps/" + appId + "/changes";
        ObjectNode base = (ObjectNode) steps.app(APPLICANT, appId).path("form").deepCopy();
        base.put("name", FormJson.uniqueName("变更坏输入新"));

        api.as(APPLICANT).post(path).expectProblem(400).assertNamesField("body");
        api.as(APPLICANT).postRaw(path, "{\"name\": ").expectProblem(400).assertNamesField("body");
        api.as(APPLICANT).post(path, base.deepCopy().put("effectiveDate", 20260501)).expectProblem(400)
                .assertNamesField("effectiveDate");
        api.as(APPLICANT).post(path, base.deepCopy().put("effectiveDate", "next month")).expectProblem(400)
                .assertNamesField("effectiveDate");
        api.as(APPLICANT).post(path, base.deepCopy().put("explanation", 7)).expectProblem(400)
                .assertNamesField("explanation");
        api.as(APPLICANT).post(path, base.deepCopy().put("explanation", "说".repeat(2001))
                .put("effectiveDate", "2099-01-01")).expectProblem(400).assertNamesField("explanation");
        api.as(APPLICANT).post(path, base.deepCopy().put("kind", "SPACESHIP")).expectProblem(400)
                .assertNamesField("kind");
        api.as(APPLICANT).post(path, base.deepCopy().put("previousAppId", 1)).expectProblem(400)
                .assertNamesField("previousAppId");
        api.as(APPLICANT).send("PUT", "/api/changes/987654321987", null).expectProblem(400).assertNamesField("body");
        api.as(APPLICANT).put("/api/changes/987654321987", base.deepCopy().put("effectiveDate", "2099-01-01"))
                .expectProblem(404);
        api.as(APPLICANT).get("/api/changes/abc").expectProblem(400);
        api.as(APPLICANT).post("/api/changes/987654321987/withdraw", FormJson.object().put("why", "x"))
                .expectProblem(400).assertNamesField("why");

        String revoke = "/api/apps/" + appId + "/revoke";
        api.as("supervisor.wuhan").post(revoke, FormJson.object().put("reason", 5)).expectProblem(400)
                .assertNamesField("reason");
        api.as("supervisor.wuhan").post(revoke, FormJson.object().put("reason", "理".repeat(2001))).expectProblem(400)
                .assertNamesField("reason");
        api.as("supervisor.wuhan").post(revoke, FormJson.object()).expectProblem(422).assertNamesField("reason");
        api.as("supervisor.wuhan").post("/api/apps/987654321987/revoke", FormJson.object().put("reason", "x"))
                .expectProblem(404);
        // nothing happened to the app
        assertThat(steps.status(APPLICANT, appId)).isEqualTo("FILED");
        assertThat(api.as(APPLICANT).get(path).expectJson(200).json()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "page=-1,page",
            "size=0,size",
            "size=-5,size",
            "size=100000,size",
            "page=abc,page",
            "size=abc,size",
            "page=1.5,page",
            "page=99999999999,page",
            "page=2000000,page",
    })
    void sillyPagingNamesTheParameter(String query, String field) {
        api.as(APPLICANT).get("/api/apps?" + query).expectProblem(400).assertNamesField(field);
        api.as(REVIEWER).get("/api/tasks?" + query).expectProblem(400).assertNamesField(field);
    }

    @ParameterizedTest
    @CsvSource({
            "status=SLEEPING,status",
            "kind=SPACESHIP,kind",
            "level=GALAXY,level",
    })
    void unknownFilterValuesNameTheParameter(String query, String field) {
        api.as("supervisor.hubei").get("/api/apps?" + query).expectProblem(400).assertNamesField(field);
    }

    @Test
    void sensiblePagingIsAnswered() {
        var page = api.as("supervisor.hubei").get("/api/apps?page=0&size=1").expectJson(200).json();
        assertThat(page.path("items").size()).isLessThanOrEqualTo(1);
        assertThat(page.path("page").asInt()).isZero();
        assertThat(page.path("size").asInt()).isEqualTo(1);
        var far = api.as("supervisor.hubei").get("/api/apps?page=999999&size=200").expectJson(200).json();
        assertThat(far.path("items")).isEmpty();
        var tasks = api.as(REVIEWER).get("/api/tasks?page=0&size=200").expectJson(200).json();
        assertThat(tasks.path("size").asInt()).isEqualTo(200);
    }
}
