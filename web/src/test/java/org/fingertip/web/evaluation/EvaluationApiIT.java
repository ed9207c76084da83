package org.fingertip.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.fingertip.db.user.UserAccount;
import org.fingertip.db.user.UserAccounts;
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
import org.springframework.security.crypto.password.PasswordEncoder;

/** Ratings and burden reports over real HTTP; concurrent reports over the threshold open exactly one ledger item. */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvaluationApiIT {
    private static final String PASSWORD = "Observer@2026";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    ApiClient api;
    FilingSteps steps;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        steps = new FilingSteps(api);
    }

    private long filedWuhanApp() {
        long appId = steps.createAndSubmit("applicant.wuhan",
                FormJson.complete("420100-007", FormJson.uniqueName("评价城管通")));
        steps.approve("reviewer.wuhan", appId, "FIRST_REVIEW");
        steps.approve("reviewer.hubei", appId, "PROVINCIAL_REVIEW");
        return appId;
    }

    /** Observers of Wuhan created for this test, each a distinct reporter. */
    private List<String> observers(int count) {
        String hash = encoder.encode(PASSWORD);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "obs" + System.nanoTime() + "x" + i;
            accounts.save(new UserAccount(name, hash, "测试观察员" + i, "420102001001-001", "420100", true,
                    Set.of("OBSERVER")));
            names.add(name);
        }
        return names;
    }

    @Test
    void anObserverRatesAndTheOwnerUnitSeesAnAnonymousReportWithoutItsReporter() {
        long appId = filedWuhanApp();
        JsonNode rated = api.as("observer.wuhan").post("/api/apps/" + appId + "/evaluations",
                Map.of("rating", 2, "burdens", List.of("CHECK_IN", "NOTIFICATION_OVERLOAD"), "comment", "每天签到",
                        "anonymous", true)).expectJson(201).json();
        assertThat(rated.path("burdenAlarmRaised").asBoolean()).isFalse();

        JsonNode ownerView = api.as("applicant.wuhan").get("/api/apps/" + appId + "/evaluations").expectJson(200).json();
        assertThat(ownerView.path("total").asLong()).isEqualTo(1);
        assertThat(ownerView.path("averageRating").asDouble()).isEqualTo(2.0);
        assertThat(ownerView.path("items").get(0).path("reporter").isNull()).isTrue();
        JsonNode supervisorView = api.as("supervisor.wuhan").get("/api/apps/" + appId + "/evaluations")
                .expectJson(200).json();
        assertThat(supervisorView.path("items").get(0).path("reporter").asText()).isEqualTo("observer.wuhan");
    }

    @Test
    void badRatingsNameTheField() {
        long appId = filedWuhanApp();
        api.as("observer.wuhan").post("/api/apps/" + appId + "/evaluations", Map.of("rating", 0))
                .expectProblem(400).assertNamesField("rating");
        api.as("observer.wuhan").post("/api/apps/" + appId + "/evaluations",
                Map.of("rating", 3, "burdens", List.of("NOT_A_BURDEN"))).expectProblem(400).assertNamesField("burdens[0]");
        api.as("observer.wuhan").post("/api/apps/987654321/evaluations", Map.of("rating", 3)).expectProblem(404);
        api.as("admin").post("/api/apps/" + appId + "/evaluations", Map.of("rating", 3)).expectProblem(403);
    }

    @Test
    void twentyConcurrentBurdenReportsOverTheThresholdOpenExactlyOneLedgerItem() throws Exception {
        long appId = filedWuhanApp();
        List<String> reporters = observers(20);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ApiResponse>> answers = new ArrayList<>();
            for (String reporter : reporters) {
                Callable<ApiResponse> report = () -> {
                    start.await();
                    return api.as(reporter, PASSWORD).post("/api/apps/" + appId + "/evaluations",
                            Map.of("rating", 1, "burdens", List.of("CHECK_IN"), "comment", "强制签到"));
                };
                answers.add(pool.submit(report));
            }
            start.countDown();
            int alarms = 0;
            for (Future<ApiResponse> answer : answers) {
                JsonNode body = answer.get().expectJson(201).json();
                alarms += body.path("burdenAlarmRaised").asBoolean() ? 1 : 0;
            }
            assertThat(alarms).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        JsonNode ledger = api.as("supervisor.wuhan").get("/api/ledger?size=200&department=420100-007").expectJson(200)
                .json();
        List<JsonNode> items = new ArrayList<>();
        ledger.path("items").forEach(i -> {
            if (i.path("appId").asLong() == appId) {
                items.add(i);
            }
        });
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.path("source").asText()).isEqualTo("EVALUATION");
            assertThat(i.path("category").asText()).isEqualTo("BANNED_FEATURE");
            assertThat(i.path("finding").asText()).contains("强制打卡签到");
        });
        assertThat(api.as("applicant.wuhan").get("/api/apps/" + appId + "/evaluations").expectJson(200).json()
                .path("total").asLong()).isEqualTo(20);
        // and exactly one re-check: the app is under re-check, with one self-inspection waiting for its unit
        assertThat(steps.status("applicant.wuhan", appId)).isEqualTo("UNDER_RECHECK");
        assertThat(steps.tasksOf("applicant.wuhan", appId)).extracting(t -> t.path("type").asText())
                .containsExactlyInAnyOrder("FIX_ITEM", "SELF_INSPECTION");
    }
}
