package org.fingertip.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.fingertip.db.user.UserAccounts;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.AppFilters;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.campaign.CampaignService;
import org.fingertip.registry.dashboard.Dashboard;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.registry.task.WorkView;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.demo.DemoData;
import org.fingertip.web.security.ActorDirectory;
import org.fingertip.workflow.campaign.CampaignWorkflow;
import org.fingertip.workflow.filing.FilingWorkflow;
import org.fingertip.workflow.recheck.RecheckWorkflow;
import org.fingertip.workflow.task.Inbox;
import org.fingertip.workflow.task.InboxFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ActiveProfilesResolver;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The provincial benchmark (README, "Benchmark"): builds the benchmark province once (BenchData), then measures each
 * figure many times and writes one JSON object to {@code bench.out} (target/bench/result.json at the project's root),
 * printing it too. Each figure is {"median", "p95", "n"}; "targets" says which targets were met. Not a test of
 * correctness, although every measured operation must succeed and the built data must have its planned size.
 * <p>
 * {@code -Dbench.db=mariadb} (default: the database {@code fingertip_bench} on 127.0.0.1:3306, created if missing) or
 * {@code h2} (the file {@code bench-data/h2/fingertip} under the project). {@code -Dbench.apps} and
 * {@code -Dbench.units} shrink the province for a trial (another database or file, named by the size, or by
 * {@code -Dbench.name=_suffix}).
 */
@SpringBootTest(classes = FingertipApplication.class)
@Import(StatementCount.Wiring.class)
@ActiveProfiles(resolver = ProvincialBenchmark.BenchProfiles.class)
class ProvincialBenchmark {
    static final int APPS = Integer.getInteger("bench.apps", 100_000);
    static final int UNITS = Integer.getInteger("bench.units", 3_000);
    static final String DB = System.getProperty("bench.db", "mariadb");
    static final int POOL = Integer.getInteger("bench.campaign-apps", Math.min(10_000, APPS / 10));
    static final int CLIENTS = 4;
    static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warm-up-rounds", 4);

    /** MariaDB runs under the production profile, mysql: its pool, driver and engine settings are measured. */
    static class BenchProfiles implements ActiveProfilesResolver {
        @Override
        public String[] resolve(Class<?> testClass) {
            return DB.equals("h2") ? new String[0] : new String[] {"mysql"};
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry r) {
        String suffix = System.getProperty("bench.name",
                APPS == 100_000 && UNITS == 3_000 ? "" : "_" + APPS + "_" + UNITS);
        if (DB.equals("h2")) {
            Path file = Path.of(System.getProperty("bench.root", ".."), "bench-data", "h2" + suffix, "fingertip")
                    .toAbsolutePath().normalize();
            r.add("spring.datasource.url", () -> "jdbc:h2:file:" + file + ";MODE=MySQL;LOCK_TIMEOUT=10000");
        } else {
            // the mysql profile's settings (BenchProfiles), on a database of the benchmark's own
            r.add("spring.datasource.url", () -> "jdbc:mysql://127.0.0.1:3306/fingertip_bench" + suffix
                    + "?createDatabaseIfNotExist=true&characterEncoding=UTF-8");
            r.add("spring.datasource.username", () -> System.getProperty("bench.user", "root"));
            r.add("spring.datasource.password", () -> System.getProperty("bench.password", ""));
        }
        r.add("fingertip.demo.seed", () -> "false");
        r.add("fingertip.filing.province-abbreviations.420000", () -> "鄂");
        r.add("fingertip.filing.province-abbreviations." + BenchData.PROVINCE, () -> "基");
        r.add("camunda.bpm.job-execution.enabled", () -> "true");
    }

    @Autowired
    Departments departments;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ActorDirectory actors;
    @Autowired
    FilingService filings;
    @Autowired
    FilingWorkflow filingWorkflow;
    @Autowired
    RecheckWorkflow rechecks;
    @Autowired
    TaskService tasks;
    @Autowired
    Inbox inbox;
    @Autowired
    Dashboard dashboard;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CampaignWorkflow campaignWorkflow;
    @Autowired
    CampaignService campaignService;
    @Autowired
    DataSource dataSource;
    @Autowired
    ProcessEngine engine;

    private final Map<String, Object> result = new LinkedHashMap<>();
    private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    @Test
    void provincialFigures() throws Exception {
        record("database", DB);
        record("at", Instant.now().toString());
        BenchData data = new BenchData(new BenchData.Plan(UNITS, APPS, POOL), departments, accounts,
                passwordEncoder.encode(DemoData.DEMO_PASSWORD), actors, filings, filingWorkflow, rechecks, tasks, jdbc);
        long building = System.nanoTime();
        int built = data.ensureBuilt();
        record("data_built_now_apps", built);
        record("data_build_s", Samples.round((System.nanoTime() - building) / 1e9));
        dataSize();

        record("heap_mb_after_load", heapAfterFullGc());

        Actor supervisor = data.actor(BenchData.supervisor());

        sqlPerFiling(data);
        filingThroughput(data);
        bareEngineThroughput();
        inbox(data.actor(BenchData.reviewer(BenchData.city(1))), data.provincialReviewer());
        search(supervisor);
        dashboard(supervisor);
        campaign(supervisor);

        record("targets", targets());
        write();
    }

    // ---- the data -------------------------------------------------------------------------------------------------

    private void dataSize() {
        Map<String, Object> size = new LinkedHashMap<>();
        String scope = BenchData.PROVINCE.substring(0, 2);
        long apps = count("SELECT COUNT(*) FROM app WHERE owner_division_path LIKE CONCAT('/', ?, '%')", scope);
        long units = count("SELECT COUNT(*) FROM unit WHERE code LIKE CONCAT(?, '%')", scope);
        long openTasks = count("SELECT COUNT(*) FROM ACT_RU_TASK");
        long registryHistory = count("SELECT COUNT(*) FROM app_status_change") + count("SELECT COUNT(*) FROM review")
                + count("SELECT COUNT(*) FROM task_event");
        long engineHistory = 0;
        for (String t : List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST",
                "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_OP_LOG", "ACT_HI_JOB_LOG")) {
            engineHistory += count("SELECT COUNT(*) FROM " + t);
        }
        size.put("apps", apps);
        size.put("units", units);
        size.put("open_tasks", openTasks);
        size.put("registry_history_rows", registryHistory);
        size.put("engine_history_rows", engineHistory);
        size.put("timer_jobs", count("SELECT COUNT(*) FROM ACT_RU_JOB"));
        record("data", size);
        assertThat(apps).as("apps of the benchmark province").isGreaterThanOrEqualTo(APPS);
        assertThat(openTasks).as("open engine tasks").isGreaterThanOrEqualTo(APPS);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private static double heapAfterFullGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return Samples.round(used / 1024.0 / 1024.0);
    }

    // ---- filing --------------------------------------------------------------------------------------------------

    /** One complete filing of a new app of the unit, each step through {@code step}. */
    private long fileOne(BenchData data, Unit unit, BenchData.StepRunner step) {
        long n = sequence.incrementAndGet();
        return data.fileCompletely(unit, BenchData.appName(unit, (int) (n % 1_000_000)) + "测", step);
    }

    private void sqlPerFiling(BenchData data) {
        Unit unit = data.unit(1);
        for (int i = 0; i < 3; i++) {
            fileOne(data, unit, (name, step) -> step.run());
        }
        Map<String, Object> steps = new LinkedHashMap<>();
        long[] total = new long[1];
        long id = fileOne(data, unit, (name, step) -> {
            Map<String, Integer> counted = StatementCount.of(step);
            steps.put(name, counted);
            total[0] += counted.get("total");
        });
        assertThat(filings.visible(data.provincialReviewer(), id).status()).isEqualTo(AppStatus.FILED);
        record("sql_statements_per_filing", total[0]);
        record("sql_statements_per_step", steps);
    }

    /** Complete filings by 4 clients at once, each for a unit of its own in another city. */
    private void filingThroughput(BenchData data) throws Exception {
        List<Unit> units = new ArrayList<>();
        for (int k = 0; k < CLIENTS; k++) {
            units.add(data.unit((1 + 7 * k) % UNITS));
        }
        int perClient = Integer.getInteger("bench.filings-per-round", 25);
        Samples rounds = rounds(8, perClient, k -> fileOne(data, units.get((int) k), (name, step) -> step.run()));
        record("filing_throughput_per_s", rounds.figure());
    }

    private void bareEngineThroughput() throws Exception {
        ProcessEngineConfigurationImpl main = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        int perClient = Integer.getInteger("bench.filings-per-round", 25);
        try (BareEngine bare = new BareEngine(dataSource, main)) {
            for (int i = 0; i < 3; i++) {
                bare.fileOne(sequence.incrementAndGet(), BenchData.reviewer(BenchData.city(1)),
                        BenchData.reviewer(BenchData.province()));
            }
            record("bare_engine_sql_statements_per_filing", StatementCount.of(() -> bare.fileOne(
                    sequence.incrementAndGet(), BenchData.reviewer(BenchData.city(1)),
                    BenchData.reviewer(BenchData.province()))));
            Samples rounds = rounds(8, perClient, k -> bare.fileOne(sequence.incrementAndGet(),
                    BenchData.reviewer(BenchData.city(1)), BenchData.reviewer(BenchData.province())));
            record("bare_engine_throughput_per_s", rounds.figure());
        }
    }

    /**
     * Rounds of {@code perClient} filings by each of the clients at once, after {@value #WARM_UP_ROUNDS} rounds that
     * warm the JVM up (its compiler takes as much CPU as the filings for the first minutes): each measured round's
     * filings per second is one sample.
     */
    private Samples rounds(int count, int perClient, LongConsumer fileOne) throws Exception {
        Samples samples = new Samples();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int round = 1 - WARM_UP_ROUNDS; round <= count; round++) {
                long started = System.nanoTime();
                List<Future<?>> futures = new ArrayList<>();
                for (int k = 0; k < CLIENTS; k++) {
                    long client = k;
                    futures.add(clients.submit(() -> {
                        for (int i = 0; i < perClient; i++) {
                            fileOne.accept(client);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
                if (round > 0) {
                    samples.add(CLIENTS * perClient / ((System.nanoTime() - started) / 1e9));
                }
            }
        } finally {
            clients.shutdownNow();
        }
        return samples;
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    /** The first page of each reviewer's inbox; the figure is the slower reviewer's. */
    private void inbox(Actor cityReviewer, Actor provincialReviewer) {
        Map<String, Object> byReviewer = new LinkedHashMap<>();
        Map<String, Object> slower = null;
        for (Actor reviewer : List.of(cityReviewer, provincialReviewer)) {
            Samples s = repeat(300, () -> assertThat(inbox.page(reviewer, WorkView.TODO, InboxFilter.none(), 0, 20)
                    .items()).hasSize(20));
            Map<String, Object> figure = s.figure();
            byReviewer.put(reviewer.username(), figure);
            if (slower == null || (double) figure.get("p95") > (double) slower.get("p95")) {
                slower = figure;
            }
            byReviewer.put(reviewer.username() + " counts", repeat(100,
                    () -> inbox.counts(reviewer, InboxFilter.none())).figure());
        }
        record("inbox_p95_ms", slower);
        record("inbox_by_reviewer_ms", byReviewer);
    }

    private void search(Actor supervisor) {
        String[] keywords = {"社保", "城管", "健康", "政务通", "三市", "办公", "五市二区", "应急指挥1", "公积", "税务助手2"};
        int[] k = {0};
        Samples s = repeat(400, () -> {
            String keyword = keywords[k[0] % keywords.length];
            AppFilters f = switch (k[0] % 3) {
                case 0 -> AppFilters.of(null, null, null, null, keyword);
                case 1 -> AppFilters.of(AppStatus.UNDER_REVIEW, null, null, null, keyword);
                default -> AppFilters.of(null, null, null, BenchData.city(1 + k[0] % BenchData.CITIES).code(), keyword);
            };
            k[0]++;
            filings.search(supervisor, f, 0, 20);
        });
        record("registry_search_p95_ms", s.figure());
    }

    private void dashboard(Actor supervisor) {
        Samples s = repeat(40, () -> assertThat(dashboard.figures(supervisor, null).appsTotal()).isPositive());
        record("dashboard_p95_ms", s.figure());
    }

    /** The pool's campaign, launched and reset {@code bench.campaign-runs} times (2). */
    private void campaign(Actor supervisor) throws Exception {
        CampaignRun run = new CampaignRun(campaignWorkflow, campaignService, engine.getRuntimeService(), jdbc);
        Samples s = new Samples();
        for (int i = 0; i < Integer.getInteger("bench.campaign-runs", 2); i++) {
            s.add(run.secondsToStartAll(supervisor, POOL, 3_600));
        }
        record(POOL == 10_000 ? "campaign_10k_s" : "campaign_" + POOL + "_s", s.figure());
    }

    /** Milliseconds of {@code times} runs after a tenth as many warm-up runs. */
    private static Samples repeat(int times, Runnable run) {
        for (int i = 0; i < Math.max(3, times / 10); i++) {
            run.run();
        }
        Samples s = new Samples();
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            run.run();
            s.add(Samples.millisSince(t));
        }
        return s;
    }

    // ---- the result ----------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private Map<String, Object> targets() {
        Map<String, Object> t = new LinkedHashMap<>();
        double filing = (double) ((Map<String, Object>) result.get("filing_throughput_per_s")).get("median");
        double bare = (double) ((Map<String, Object>) result.get("bare_engine_throughput_per_s")).get("median");
        t.put("filing_throughput_per_s >= 50", filing >= 50);
        t.put("filing >= 0.6 x bare engine", filing >= 0.6 * bare);
        t.put("filing / bare engine", Samples.round(filing / bare));
        t.put("inbox_p95_ms <= 50",
                (double) ((Map<String, Object>) result.get("inbox_p95_ms")).get("p95") <= 50);
        t.put("registry_search_p95_ms <= 50",
                (double) ((Map<String, Object>) result.get("registry_search_p95_ms")).get("p95") <= 50);
        t.put("dashboard_p95_ms <= 200",
                (double) ((Map<String, Object>) result.get("dashboard_p95_ms")).get("p95") <= 200);
        t.put("heap_mb_after_load <= 512", (double) result.get("heap_mb_after_load") <= 512);
        Object campaign = result.get("campaign_10k_s");
        if (campaign != null) {
            t.put("campaign_10k_s <= 120", (double) ((Map<String, Object>) campaign).get("median") <= 120);
        }
        return t;
    }

    /** A figure into the result, and onto the console as it comes. */
    private void record(String name, Object value) {
        result.put(name, value);
        System.out.println("bench figure: " + name + " = " + value);
    }

    private void write() throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        String text = json.writeValueAsString(result);
        Path out = Path.of(System.getProperty("bench.out", "target/bench/result.json"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, text);
        System.out.println("BENCHMARK RESULT " + out.toAbsolutePath());
        System.out.println(text);
    }
}
