package org.fingertip.web.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.testing.Forms;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A campaign of 10,000 generated filed apps: how long the launch takes to answer, and how long until every re-check is
 * started in the background by the job executor (switched on here). The apps are generated through the domain
 * (draft, submit, file) and saved through the registry's port, 4 writers in parallel, in a division of their own.
 * Run on a fresh MariaDB database:
 * <pre>
 * SPRING_PROFILES_ACTIVE=mysql FINGERTIP_DB_URL=jdbc:mysql://127.0.0.1:3306/fingertip_measure \
 *   mvn -B verify -pl web -DskipUTs=true -Dit.test=CampaignScaleMeasurement
 * </pre>
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=true")
class CampaignScaleMeasurement {
    static final int APPS = Integer.getInteger("measure.apps", 10_000);

    @LocalServerPort
    int port;
    @Autowired
    Apps apps;
    @Autowired
    Departments departments;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCampaignOfTenThousandAppsAnswersAtOnceAndIsStartedInTheBackground() throws Exception {
        ApiClient api = new ApiClient(port);
        Unit warmUnit = unit("420198", "预热测试区");
        Unit unit = unit("420199", "规模测试区");
        generate(warmUnit, 20);
        long generating = System.nanoTime();
        generate(unit, APPS);
        double generated = seconds(generating);

        // warm-up: the first request of a JVM pays for class loading and JIT
        api.as("supervisor.hubei").post("/api/rechecks", Map.of("departmentCode", "420198", "samplePercent", 100))
                .expectJson(202);

        long launching = System.nanoTime();
        JsonNode accepted = api.as("supervisor.hubei").post("/api/rechecks",
                Map.of("departmentCode", "420199", "samplePercent", 100, "seed", 10_000)).expectJson(202).json();
        double answer = seconds(launching);
        assertThat(accepted.path("selected").asInt()).isEqualTo(APPS);
        long id = accepted.path("id").asLong();

        JsonNode progress;
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(30));
        do {
            Thread.sleep(1000);
            progress = api.as("supervisor.hubei").get("/api/rechecks/" + id).expectJson(200).json();
        } while (!progress.path("state").asText().equals("STARTED") && Instant.now().isBefore(giveUp));
        double allStarted = seconds(launching);

        assertThat(progress.path("state").asText()).isEqualTo("STARTED");
        assertThat(progress.path("started").asInt()).isEqualTo(APPS);
        Integer rechecks = jdbc.queryForObject("SELECT COUNT(*) FROM recheck r JOIN recheck_campaign_app m"
                + " ON m.recheck_id = r.id WHERE m.campaign_id = ?", Integer.class, id);
        Integer distinctApps = jdbc.queryForObject("SELECT COUNT(DISTINCT r.app_id) FROM recheck r"
                + " WHERE r.owner_unit_code = ? AND r.concluded_at IS NULL", Integer.class, unit.code());
        assertThat(rechecks).isEqualTo(APPS);
        assertThat(distinctApps).isEqualTo(APPS);
        System.out.printf("%n{\"campaign_apps\": %d, \"generate_s\": %.1f, \"launch_answer_s\": %.3f,"
                + " \"all_started_s\": %.1f, \"database\": \"%s\"}%n%n", APPS, generated, answer, allStarted,
                jdbc.queryForObject("SELECT VERSION()", String.class));
    }

    private Unit unit(String code, String name) {
        Division wuhan = departments.division("420100").orElseThrow();
        Division division = departments.division(code).orElseGet(() -> {
            Division d = wuhan.child(code, name, DivisionLevel.COUNTY);
            departments.save(d);
            return d;
        });
        return departments.unit(code + "-001").orElseGet(() -> {
            Unit u = new Unit(code + "-001", name + "政务服务中心", division);
            departments.save(u);
            return u;
        });
    }

    /** {@code n} filed apps of the unit, 4 writers, 100 apps a transaction. */
    private void generate(Unit owner, int n) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int from = 0; from < n; from += 100) {
                int start = from;
                int end = Math.min(n, from + 100);
                done.add(writers.submit(() -> tx.executeWithoutResult(s -> {
                    for (int i = start; i < end; i++) {
                        String name = owner.division().name() + "应用" + i;
                        App app = App.draft(Forms.complete(owner.code(), name, "功能" + i), owner, "generator",
                                Instant.now(), null);
                        app.submit("generator", Instant.now());
                        app.file("鄂政应备测" + owner.division().code() + String.format("%06d", i), "generator",
                                Instant.now());
                        apps.save(app);
                    }
                })));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            writers.shutdown();
        }
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
