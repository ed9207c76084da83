package org.fingertip.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.fingertip.web.FingertipApplication;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.FilingSteps;
import org.fingertip.web.support.FormJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The supervisor's dashboard over real HTTP with the demo users: every figure equals the total of the list it drills
 * down to (followed as the supervisor), what a test does moves the figures it should by what it should, and who may
 * ask for what.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardApiIT {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    FilingSteps steps;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        steps = new FilingSteps(api);
    }

    private JsonNode dashboard(String user, String query) {
        return api.as(user).get("/api/dashboard" + query).expectJson(200).json();
    }

    @Test
    void everyFigureOfSupervisorWuhansDashboardIsTheTotalOfItsList() {
        JsonNode d = dashboard("supervisor.wuhan", "");
        assertThat(d.path("department").path("code").asText()).isEqualTo("420100");
        assertThat(d.path("apps").path("total").path("count").asLong()).as("the demo's Wuhan apps").isPositive();
        int followed = DrillDowns.assertEveryFigureIsItsListsTotal(api.as("supervisor.wuhan"), d);
        assertThat(followed).isGreaterThan(150);
    }

    @Test
    void everyFigureOfSupervisorHubeisDashboardIsTheTotalOfItsListAlsoForADivisionAndAUnit() {
        // each figure is one request with a password check: the province and one unit (divisions: the comparison)
        for (String query : new String[] {"", "?department=420100-007"}) {
            JsonNode d = dashboard("supervisor.hubei", query);
            DrillDowns.assertEveryFigureIsItsListsTotal(api.as("supervisor.hubei"), d);
        }
        JsonNode wuhan = dashboard("supervisor.hubei", "?department=420100");
        assertThat(wuhan.path("apps").path("total").path("api").asText()).isEqualTo("/api/apps?department=420100");
        assertThat(wuhan.path("apps").path("total").path("page").asText()).isEqualTo("/apps?department=420100");
        assertThat(wuhan.path("apps").path("total").path("count").asLong()).as("the city's dashboard as its own")
                .isEqualTo(dashboard("supervisor.wuhan", "").path("apps").path("total").path("count").asLong());
    }

    @Test
    void whatTheTestDoesMovesEachFigureByWhatItShould() {
        JsonNode before = dashboard("supervisor.wuhan", "");

        // a filing submitted today: under review, pending for up to 5 days
        long submitted = steps.createAndSubmit("applicant.wuhan",
                FormJson.complete("420100-007", FormJson.uniqueName("看板待审应用")));
        // an app filed, rated with two burdens, put on the ledger and directed to exit
        long filed = steps.createAndSubmit("applicant.wuhan",
                FormJson.complete("420100-007", FormJson.uniqueName("看板已备案应用")));
        steps.approve("reviewer.wuhan", filed, "FIRST_REVIEW");
        steps.approve("reviewer.hubei", filed, "PROVINCIAL_REVIEW");
        api.as("observer.wuhan").post("/api/apps/" + filed + "/evaluations",
                Map.of("rating", 1, "burdens", List.of("CHECK_IN", "REPEATED_REPORTING"))).expectJson(201);
        api.as("supervisor.wuhan").post("/api/ledger",
                Map.of("appId", filed, "category", "DUPLICATE", "finding", "与鄂汇办功能重复")).expectJson(201);
        api.as("supervisor.wuhan").post("/api/apps/" + filed + "/exit/direct",
                Map.of("reason", "功能重复，限期关停", "deadline", LocalDate.now(SHANGHAI).plusDays(60).toString()))
                .expectJson(201);
        // the submitted filing's first review passed its due date two days ago
        String taskId = steps.task("reviewer.wuhan", submitted, "FIRST_REVIEW").path("id").asText();
        jdbc.update("UPDATE work_task SET due_at = ? WHERE task_id = ?",
                Timestamp.from(Instant.now().minusSeconds(2 * 86_400)), taskId);

        JsonNode after = dashboard("supervisor.wuhan", "");

        assertThat(delta(before, after, "apps", "total")).isEqualTo(2);
        assertThat(deltaIn(before, after, "/apps/byStatus", "UNDER_REVIEW")).isEqualTo(1);
        assertThat(deltaIn(before, after, "/apps/byStatus", "EXITING")).as("directed: the exit starts").isEqualTo(1);
        assertThat(deltaIn(before, after, "/pending/0/byAge", "UP_TO_5")).isEqualTo(1);
        assertThat(delta(before, after, "overdueTasks", "total")).isEqualTo(1);
        assertThat(deltaIn(before, after, "/overdueTasks/byStep", "FIRST_REVIEW")).isEqualTo(1);
        assertThat(deltaIn(before, after, "/overdueTasks/byDepartment", "420100-007")).isEqualTo(1);
        String month = YearMonth.now(SHANGHAI).toString();
        assertThat(burden(after, "CHECK_IN", month) - burden(before, "CHECK_IN", month)).isEqualTo(1);
        assertThat(burden(after, "REPEATED_REPORTING", month) - burden(before, "REPEATED_REPORTING", month))
                .isEqualTo(1);
        assertThat(ledger(after, "DUPLICATE", "open") - ledger(before, "DUPLICATE", "open")).isEqualTo(1);
        assertThat(delta(before, after, "ledger", "open")).isEqualTo(1);
        assertThat(delta(before, after, "exits", "inProgress")).isEqualTo(1);
        assertThat(deltaIn(before, after, "/exits/byState", "PLANNING")).isEqualTo(1);
        assertThat(delta(before, after, "clearance", "examined")).as("an exit makes the app examined").isEqualTo(1);
        assertThat(delta(before, after, "clearance", "exiting")).isEqualTo(1);

        DrillDowns.assertEveryFigureIsItsListsTotal(api.as("supervisor.wuhan"), after);
        // the overdue list shows the task, whoever holds it, to the supervisor and to the reviewers
        JsonNode overdue = api.as("supervisor.wuhan").get("/api/tasks/overdue?type=FIRST_REVIEW&department=420100-007")
                .expectJson(200).json();
        assertThat(overdue.path("items")).anyMatch(t -> t.path("id").asText().equals(taskId));
        JsonNode reviewers = api.as("reviewer.hubei").get("/api/tasks/overdue?process=FILING").expectJson(200).json();
        assertThat(reviewers.path("items")).anyMatch(t -> t.path("id").asText().equals(taskId));
        // the evaluations list never names the reporter
        JsonNode evaluations = api.as("supervisor.wuhan").get("/api/evaluations?category=CHECK_IN&month=" + month)
                .expectJson(200).json();
        assertThat(evaluations.path("items")).anyMatch(e -> e.path("appId").asLong() == filed);
        evaluations.path("items").forEach(e -> assertThat(e.has("reporter")).isFalse());
    }

    @Test
    void theComparisonRanksTheCitiesAndEveryRowDrillsDownIntoItsCity() {
        JsonNode c = api.as("supervisor.hubei").get("/api/dashboard/compare").expectJson(200).json();
        assertThat(c.path("level").asText()).isEqualTo("CITY");
        assertThat(c.path("sort").asText()).isEqualTo("OVERDUE_TASKS");
        JsonNode rows = c.path("rows");
        assertThat(rows.size()).isGreaterThanOrEqualTo(2);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).path("overdueTasks").path("count").asLong())
                    .isLessThanOrEqualTo(rows.get(i - 1).path("overdueTasks").path("count").asLong());
            assertThat(rows.get(i).path("rank").asInt()).isGreaterThanOrEqualTo(rows.get(i - 1).path("rank").asInt());
        }
        assertThat(rows.get(0).path("rank").asInt()).isEqualTo(1);
        JsonNode wuhan = null;
        for (JsonNode r : rows) {
            if (r.path("department").path("code").asText().equals("420100")) {
                wuhan = r;
            }
        }
        assertThat(wuhan).as("Wuhan among the cities").isNotNull();
        assertThat(wuhan.path("apps").path("api").asText()).isEqualTo("/api/apps?department=420100");
        assertThat(wuhan.path("apps").path("count").asLong()).isEqualTo(
                dashboard("supervisor.hubei", "?department=420100").path("apps").path("total").path("count").asLong());
        DrillDowns.assertEveryFigureIsItsListsTotal(api.as("supervisor.hubei"), c);

        JsonNode byApps = api.as("supervisor.hubei").get("/api/dashboard/compare?sort=APPS").expectJson(200).json();
        for (int i = 1; i < byApps.path("rows").size(); i++) {
            assertThat(byApps.path("rows").get(i).path("apps").path("count").asLong())
                    .isLessThanOrEqualTo(byApps.path("rows").get(i - 1).path("apps").path("count").asLong());
        }
        JsonNode districts = api.as("supervisor.wuhan").get("/api/dashboard/compare").expectJson(200).json();
        assertThat(districts.path("level").asText()).isEqualTo("COUNTY");
        assertThat(districts.path("rows")).allMatch(r -> r.path("department").path("code").asText().startsWith("4201"));
        DrillDowns.assertEveryFigureIsItsListsTotal(api.as("supervisor.wuhan"), districts);
    }

    @Test
    void onlySupervisorsAndOnlyWithinTheirJurisdiction() {
        for (String user : new String[] {"observer.wuhan", "applicant.wuhan", "reviewer.wuhan", "admin"}) {
            api.as(user).get("/api/dashboard").expectProblem(403);
            api.as(user).get("/api/dashboard/compare").expectProblem(403);
        }
        api.anonymous().get("/api/dashboard").expectProblem(401);
        api.anonymous().get("/api/dashboard/compare").expectProblem(401);
        api.anonymous().get("/api/tasks/overdue").expectProblem(401);
        api.anonymous().get("/api/evaluations").expectProblem(401);
        api.as("observer.wuhan").get("/api/tasks/overdue").expectProblem(403);
        api.as("applicant.wuhan").get("/api/tasks/overdue").expectProblem(403);
        api.as("observer.wuhan").get("/api/evaluations").expectProblem(403);
        api.as("applicant.wuhan").get("/api/evaluations").expectProblem(403);

        // another city, a unit of it, a province above: outside Wuhan's jurisdiction, as if it did not exist
        api.as("supervisor.wuhan").get("/api/dashboard?department=420500").expectProblem(404);
        api.as("supervisor.wuhan").get("/api/dashboard?department=420500-003").expectProblem(404);
        api.as("supervisor.wuhan").get("/api/dashboard?department=420000").expectProblem(404);
        api.as("supervisor.wuhan").get("/api/dashboard?department=999999").expectProblem(404);
        api.as("supervisor.wuhan").get("/api/dashboard/compare?department=420500").expectProblem(404);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        api.as("supervisor.wuhan").get("/api/dashboard?department=武汉").expectProblem(400).assertNamesField("department");
        api.as("supervisor.wuhan").get("/api/dashboard?department=" + "4".repeat(40)).expectProblem(400)
                .assertNamesField("department");
        api.as("supervisor.hubei").get("/api/dashboard/compare?level=TOWNSHIP").expectProblem(400)
                .assertNamesField("level");
        api.as("supervisor.hubei").get("/api/dashboard/compare?level=CITYX").expectProblem(400)
                .assertNamesField("level");
        api.as("supervisor.hubei").get("/api/dashboard/compare?sort=BY_USER").expectProblem(400)
                .assertNamesField("sort");
        api.as("supervisor.hubei").get("/api/dashboard/compare?department=420100-007").expectProblem(400)
                .assertNamesField("department");
        api.as("supervisor.wuhan").get("/api/apps?submittedFrom=2026-05-01").expectProblem(400)
                .assertNamesField("submittedFrom");
        api.as("supervisor.wuhan").get("/api/apps?pending=FILING&submittedFrom=2026-13-01").expectProblem(400)
                .assertNamesField("submittedFrom");
        api.as("supervisor.wuhan").get("/api/apps?pending=FILING&submittedFrom=2026-05-02&submittedTo=2026-05-01")
                .expectProblem(400).assertNamesField("submittedTo");
        api.as("supervisor.wuhan").get("/api/apps?clearance=GONE").expectProblem(400).assertNamesField("clearance");
        api.as("supervisor.wuhan").get("/api/backlog?minDaysLeft=10&maxDaysLeft=5").expectProblem(400)
                .assertNamesField("maxDaysLeft");
        api.as("supervisor.wuhan").get("/api/backlog?minDaysLeft=x").expectProblem(400).assertNamesField("minDaysLeft");
        api.as("supervisor.wuhan").get("/api/evaluations?month=2026-13").expectProblem(400).assertNamesField("month");
        api.as("supervisor.wuhan").get("/api/evaluations?month=2026-05&from=2026-01").expectProblem(400)
                .assertNamesField("month");
        api.as("supervisor.wuhan").get("/api/evaluations?category=NOPE").expectProblem(400).assertNamesField("category");
        api.as("supervisor.wuhan").get("/api/tasks/overdue?type=NOPE").expectProblem(400).assertNamesField("type");
        api.as("supervisor.wuhan").get("/api/tasks/overdue?department=x").expectProblem(400)
                .assertNamesField("department");
        api.as("supervisor.wuhan").get("/api/ledger?open=perhaps").expectProblem(400).assertNamesField("open");
    }

    private static long delta(JsonNode before, JsonNode after, String section, String figure) {
        return after.path(section).path(figure).path("count").asLong()
                - before.path(section).path(figure).path("count").asLong();
    }

    private static long deltaIn(JsonNode before, JsonNode after, String arrayPointer, String key) {
        return DrillDowns.countOrZero(after.at(arrayPointer), key) - DrillDowns.countOrZero(before.at(arrayPointer), key);
    }

    private static long burden(JsonNode d, String category, String month) {
        for (JsonNode row : d.path("burdens").path("byCategory")) {
            if (row.path("key").asText().equals(category)) {
                return DrillDowns.count(row.path("byMonth"), month);
            }
        }
        throw new AssertionError("no burden " + category);
    }

    private static long ledger(JsonNode d, String category, String which) {
        for (JsonNode row : d.path("ledger").path("byCategory")) {
            if (row.path("key").asText().equals(category)) {
                return row.path(which).path("count").asLong();
            }
        }
        throw new AssertionError("no ledger category " + category);
    }
}
