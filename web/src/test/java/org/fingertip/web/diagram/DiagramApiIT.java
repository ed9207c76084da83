package org.fingertip.web.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;

import org.fingertip.web.FingertipApplication;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.FilingSteps;
import org.fingertip.web.support.FormJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The case diagram over real HTTP with the demo users: drawn for whoever sees the app, with the current step and the
 * steps passed marked; 404 for whoever does not, for an unknown app and for an instance not the app's.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DiagramApiIT {
    @LocalServerPort
    int port;

    ApiClient api;
    FilingSteps steps;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        steps = new FilingSteps(api);
    }

    private long inFirstReview(String name) {
        return steps.createAndSubmit("applicant.wuhan", FormJson.complete(FormJson.uniqueName(name)));
    }

    private static String path(long appId) {
        return "/api/apps/" + appId + "/diagram.svg";
    }

    @Test
    void aFilingInFirstReviewIsDrawnWithTheFirstReviewCurrentForWhoeverSeesTheApp() {
        long id = inFirstReview("武汉流程图应用");
        for (String user : new String[]{"applicant.wuhan", "reviewer.wuhan", "reviewer.hubei", "supervisor.wuhan",
                "observer.wuhan", "admin"}) {
            ApiClient.Download svg = api.as(user).download(path(id));
            assertThat(svg.status()).as("%s: %s", user, svg.asResponse()).isEqualTo(200);
            assertThat(svg.header("Content-Type")).hasValue("image/svg+xml;charset=UTF-8");
            assertThat(svg.header("X-Content-Type-Options")).hasValue("nosniff");
            Map<String, String> classes = classes(svg.body());
            assertThat(classes.get("Task_FirstReview")).isEqualTo("element current");
            assertThat(classes.get("StartEvent_Submitted")).isEqualTo("element passed");
            assertThat(classes.get("ServiceTask_PreCheck")).isEqualTo("element passed");
            assertThat(classes.get("Task_ProvincialReview")).isEqualTo("element");
            assertThat(new String(svg.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("市级初审", "当前步骤").doesNotContain("<script");
        }

        JsonNode processes = api.as("reviewer.wuhan").get("/api/apps/" + id + "/processes").expectJson(200).json();
        assertThat(processes).hasSize(1);
        JsonNode filing = processes.get(0);
        assertThat(filing.path("processDefinitionKey").asText()).isEqualTo("AppFilingProcess");
        assertThat(filing.path("processName").asText()).isEqualTo("政务应用申请—审核—备案");
        assertThat(filing.path("active").asBoolean()).isTrue();
        assertThat(filing.path("endTime").isNull()).isTrue();
        ApiClient.Download chosen = api.as("reviewer.wuhan").download(path(id) + "?instance="
                + filing.path("id").asText());
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(classes(chosen.body()).get("Task_FirstReview")).isEqualTo("element current");

        // approved at the first review: the case moves on, and so does the drawing
        steps.approve("reviewer.wuhan", id, "FIRST_REVIEW");
        Map<String, String> moved = classes(api.as("reviewer.hubei").download(path(id)).body());
        assertThat(moved.get("Task_FirstReview")).isEqualTo("element passed");
        assertThat(moved.get("Task_ProvincialReview")).isEqualTo("element current");
        assertThat(moved.get("Flow_FirstApproved")).isEqualTo("flow passed");
    }

    @Test
    void outsidersUnknownAppsAndInstancesNotTheAppsAreNotFoundAndAnonymousIsUnauthorized() {
        long id = inFirstReview("武汉越权流程图");
        long other = inFirstReview("武汉另一流程图");
        String othersInstance = api.as("reviewer.wuhan").get("/api/apps/" + other + "/processes").expectJson(200)
                .json().get(0).path("id").asText();

        api.as("reviewer.yichang").download(path(id)).asResponse().expectProblem(404);
        api.as("applicant.yichang").download(path(id)).asResponse().expectProblem(404);
        api.as("reviewer.yichang").get("/api/apps/" + id + "/processes").expectProblem(404);
        api.as("reviewer.wuhan").download(path(987654321987L)).asResponse().expectProblem(404);
        assertThat(api.as("reviewer.wuhan").download(path(id) + "?instance=no-such-instance").asResponse()
                .expectProblem(404).detail()).contains("没有流程实例");
        api.as("reviewer.wuhan").download(path(id) + "?instance=" + othersInstance).asResponse().expectProblem(404);
        api.as("reviewer.wuhan").download("/api/apps/abc/diagram.svg").asResponse().expectProblem(400)
                .assertNamesField("id");
        api.anonymous().download(path(id)).asResponse().expectProblem(401);
        api.anonymous().get("/api/apps/" + id + "/processes").expectProblem(401);
    }

    @Test
    void aDraftThatNeverEnteredAProcessHasNoDiagramYet() {
        long draft = steps.create("applicant.wuhan", FormJson.complete(FormJson.uniqueName("武汉未提交草稿")));
        assertThat(api.as("applicant.wuhan").get("/api/apps/" + draft + "/processes").expectJson(200).json())
                .isEmpty();
        assertThat(api.as("applicant.wuhan").download(path(draft)).asResponse().expectProblem(404).detail())
                .contains("尚未进入任何流程");
    }

    @Test
    void theOpenApiDescriptionShowsTheDiagramAsSvg() {
        JsonNode docs = api.anonymous().get("/v3/api-docs").expectJson(200).json();
        JsonNode diagram = docs.path("paths").path("/api/apps/{id}/diagram.svg").path("get");
        assertThat(diagram.path("responses").path("200").path("content").has("image/svg+xml")).as("%s", diagram)
                .isTrue();
        assertThat(diagram.path("responses").has("404")).isTrue();
        assertThat(diagram.path("parameters").findValuesAsText("name")).contains("id", "instance");
        assertThat(docs.path("paths").path("/api/apps/{id}/processes").has("get")).isTrue();
    }

    /** The class of every group with a data-element-id, read from the SVG parsed as XML. */
    static Map<String, String> classes(byte[] svg) {
        Map<String, String> classes = new HashMap<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList groups = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg))
                    .getElementsByTagName("g");
            for (int i = 0; i < groups.getLength(); i++) {
                Element g = (Element) groups.item(i);
                if (g.hasAttribute("data-element-id")) {
                    classes.put(g.getAttribute("data-element-id"), g.getAttribute("class"));
                }
            }
        } catch (Exception e) {
            throw new AssertionError("not an SVG document: " + new String(svg, java.nio.charset.StandardCharsets.UTF_8),
                    e);
        }
        return classes;
    }
}
