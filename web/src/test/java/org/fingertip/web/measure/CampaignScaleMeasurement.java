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

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
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
 * Campaigns of 10,000 generated filed apps: how long a launch takes to answer (five launches over the same apps), and
 * how long until every re-check is started in the background by the job executor (switched on here) — each app
 * exactly once, although the five campaigns' batches race for the same apps. The apps are generated through the domain
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
    static final int LAUNCHES = 5;

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
    @Autowired
    ProcessEngine engine;

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

        // five campaigns over the same 10,000 apps, launched back to back with the job executor paused (so that each
        // selects all of them): each answer is timed; then their background batches race for the same apps, of which
        // each must be started exactly once
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor();
        jobExecutor.shutdown();
        List<Long> ids = new ArrayList<>();
        List<Double> answers = new ArrayList<>();
        long launching = System.nanoTime();
        for (int i = 0; i < LAUNCHES; i++) {
            long t = System.nanoTime();
            JsonNode accepted = api.as("supervisor.hubei").post("/api/rechecks",
                    Map.of("departmentCode", "420199", "samplePercent", 100, "seed", 10_000 + i)).expectJson(202).json();
            answers.add(seconds(t));
            assertThat(accepted.path("selected").asInt()).isEqualTo(APPS);
            ids.add(accepted.path("id").asLong());
        }

        jobExecutor.start();
        int started = 0;
        int skipped = 0;
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(30));
        for (long id : ids) {
            JsonNode progress;
            do {
                Thread.sleep(500);
                progress = api.as("supervisor.hubei").get("/api/rechecks/" + id).expectJson(200).json();
            } while (!progress.path("state").asText().equals("STARTED") && Instant.now().isBefore(giveUp));
            assertThat(progress.path("state").asText()).as("campaign %s", id).isEqualTo("STARTED");
            assertThat(progress.path("pending").asInt()).isZero();
            started += progress.path("started").asInt();
            skipped += progress.path("skipped").asInt();
        }
        double allStarted = seconds(launching);

        assertThat(started).as("each app started by exactly one of the campaigns").isEqualTo(APPS);
        assertThat(skipped).isEqualTo(APPS * (LAUNCHES - 1));
        Integer rechecks = jdbc.queryForObject("SELECT COUNT(*) FROM recheck WHERE owner_unit_code = ?",
                Integer.class, unit.code());
        Integer distinctApps = jdbc.queryForObject("SELECT COUNT(DISTINCT app_id) FROM recheck"
                + " WHERE owner_unit_code = ?", Integer.class, unit.code());
        assertThat(rechecks).isEqualTo(APPS);
        assertThat(distinctApps).isEqualTo(APPS);
        List<Double> sorted = answers.stream().sorted().toList();
        System.out.printf("%n{\"campaign_apps\": %d, \"launches\": %d, \"launch_answer_median_s\": %.3f,"
                + " \"launch_answer_max_s\": %.3f, \"all_started_s\": %.1f, \"generate_s\": %.1f,"
                + " \"database\": \"%s\"}%n%n", APPS, LAUNCHES, sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1), allStarted, generated,
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
