package org.fingertip.web.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.fingertip.db.user.UserAccount;
import org.fingertip.db.user.UserAccounts;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.filing.Decision;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.registry.filing.ReviewStep;
import org.fingertip.registry.recheck.RecheckTrigger;
import org.fingertip.registry.testing.Forms;
import org.fingertip.web.security.ActorDirectory;
import org.fingertip.workflow.filing.FilingProcessVariables;
import org.fingertip.workflow.filing.FilingWorkflow;
import org.fingertip.workflow.recheck.RecheckWorkflow;
import org.fingertip.workflow.task.TaskType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's province (基准省, 990000): 17 cities of 6 counties each, {@code units} units spread over them, and
 * {@code apps} apps filed for those units through the real use cases and the real process — each app created as a
 * draft, submitted (the pre-check runs in the process) and then taken as far as its place in the plan says:
 * <ul>
 *   <li>4 in 10 approved by both reviews (numbered) and then under a supervisor's re-check, waiting for the unit's
 *   self-inspection;</li>
 *   <li>2 in 10 approved by the city's first review, waiting for the provincial review;</li>
 *   <li>4 in 10 waiting for the first review (a provincial unit's for the provincial review).</li>
 * </ul>
 * So every app has one open engine task: as many open tasks as apps. Units are built 4 at a time; a unit is recorded
 * as built in {@code bench_progress} when its last app is through, so an interrupted build goes on where it stopped
 * and a finished one is reused as it is.
 */
final class BenchData {
    static final String PROVINCE = "990000";
    static final int CITIES = 17;
    static final int COUNTIES_PER_CITY = 6;
    static final String[] TOPICS = {"掌上社保", "智慧城管", "教育服务", "健康码", "政务通", "移动办公", "网格管理", "应急指挥",
            "公积金", "不动产登记", "交通出行", "文旅服务", "民政救助", "医保服务", "税务助手", "市场监管", "环境监测", "农业服务",
            "水务管理", "人才服务"};
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
            "十三", "十四", "十五", "十六", "十七", "十八"};

    /**
     * The province's units and apps, and the campaign pool: {@code poolApps} more apps, filed (both reviews, numbered)
     * and nothing else, in a city of their own (基准十八市), 50 to a unit, for the campaign measurement to re-check.
     */
    record Plan(int units, int apps, int poolApps) {
        int firstApp(int unit) {
            return (int) ((long) unit * apps / units);
        }

        int poolUnits() {
            return (poolApps + POOL_APPS_PER_UNIT - 1) / POOL_APPS_PER_UNIT;
        }
    }

    static final int POOL_APPS_PER_UNIT = 50;
    static final int POOL_CITY = 18;

    private final Plan plan;
    private final Departments departments;
    private final UserAccounts accounts;
    private final String passwordHash;
    private final ActorDirectory actors;
    private final FilingService filings;
    private final FilingWorkflow filingWorkflow;
    private final RecheckWorkflow rechecks;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;
    private final Map<String, Actor> known = new ConcurrentHashMap<>();

    BenchData(Plan plan, Departments departments, UserAccounts accounts, String passwordHash, ActorDirectory actors,
              FilingService filings, FilingWorkflow filingWorkflow, RecheckWorkflow rechecks, TaskService tasks,
              JdbcTemplate jdbc) {
        this.plan = plan;
        this.departments = departments;
        this.accounts = accounts;
        this.passwordHash = passwordHash;
        this.actors = actors;
        this.filings = filings;
        this.filingWorkflow = filingWorkflow;
        this.rechecks = rechecks;
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    // ---- the shape of the province ----------------------------------------------------------------------------------

    static Division province() {
        return Division.root(PROVINCE, "基准省");
    }

    static Division city(int c) {
        return province().child(String.format("99%02d00", c), "基准" + NUMERALS[c - 1] + "市", DivisionLevel.CITY);
    }

    static Division county(int c, int k) {
        Division city = city(c);
        return city.child(String.format("99%02d%02d", c, k), city.name() + NUMERALS[k - 1] + "区", DivisionLevel.COUNTY);
    }

    /** The divisions that own units: the province, each city, each county. */
    static List<Division> owningDivisions() {
        List<Division> all = new ArrayList<>();
        all.add(province());
        for (int c = 1; c <= CITIES; c++) {
            all.add(city(c));
            for (int k = 1; k <= COUNTIES_PER_CITY; k++) {
                all.add(county(c, k));
            }
        }
        return all;
    }

    /** Unit number u (0-based): its division by round robin over the owning divisions, its code the next free one. */
    Unit unit(int u) {
        List<Division> divisions = owningDivisions();
        Division d = divisions.get(u % divisions.size());
        int seq = u / divisions.size() + 3;
        return new Unit(d.code() + "-" + String.format("%03d", seq), d.name() + "第" + seq + "局", d);
    }

    /** Pool unit number p (0-based). */
    static Unit poolUnit(int p) {
        Division d = city(POOL_CITY);
        return new Unit(d.code() + "-" + String.format("%03d", p + 3), d.name() + "第" + (p + 3) + "局", d);
    }

    static String applicant(Unit unit) {
        return "bench.a." + unit.code();
    }

    static String reviewer(Division office) {
        return "bench.r." + office.code();
    }

    static String supervisor() {
        return "bench.s." + PROVINCE;
    }

    /** An app's name: its place, a topic and its number, so that partial Chinese names find a share of them. */
    static String appName(Unit unit, int i) {
        return unit.division().name() + TOPICS[i % TOPICS.length] + i;
    }

    // ---- building ------------------------------------------------------------------------------------------------

    /** Builds what is missing; returns how many apps were filed now. */
    int ensureBuilt() throws Exception {
        jdbc.execute("CREATE TABLE IF NOT EXISTS bench_progress (unit_code VARCHAR(40) NOT NULL PRIMARY KEY, "
                + "apps INT NOT NULL)");
        structure();
        List<Integer> todo = new ArrayList<>();
        for (int u = 0; u < plan.units(); u++) {
            if (!built(unit(u))) {
                todo.add(u);
            }
        }
        for (int p = 0; p < plan.poolUnits(); p++) {
            if (!built(poolUnit(p))) {
                todo.add(-1 - p);
            }
        }
        if (todo.isEmpty()) {
            return 0;
        }
        AtomicInteger filed = new AtomicInteger();
        AtomicInteger unitsDone = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int u : todo) {
                futures.add(pool.submit(() -> {
                    filed.addAndGet(u >= 0 ? buildUnit(u) : buildPoolUnit(-1 - u));
                    int n = unitsDone.incrementAndGet();
                    if (n % 50 == 0 || n == todo.size()) {
                        double s = (System.nanoTime() - started) / 1e9;
                        System.out.printf("bench data: %d of %d units, %d apps, %.0f s, %.1f apps/s%n", n, todo.size(),
                                filed.get(), s, filed.get() / s);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return filed.get();
    }

    private boolean built(Unit unit) {
        Integer done = jdbc.queryForObject("SELECT COUNT(*) FROM bench_progress WHERE unit_code = ?", Integer.class,
                unit.code());
        return done != null && done > 0;
    }

    /** Divisions, units and accounts, saved where missing. */
    private void structure() {
        for (Division d : owningDivisions()) {
            if (departments.division(d.code()).isEmpty()) {
                departments.save(d);
            }
        }
        List<Division> offices = new ArrayList<>();
        offices.add(province());
        for (int c = 1; c <= CITIES; c++) {
            offices.add(city(c));
        }
        offices.add(city(POOL_CITY));
        if (departments.division(city(POOL_CITY).code()).isEmpty()) {
            departments.save(city(POOL_CITY));
        }
        for (Division d : offices) {
            Unit office = new Unit(d.code() + "-001", d.name() + "网信办", d);
            if (departments.unit(office.code()).isEmpty()) {
                departments.save(office);
            }
            account(reviewer(d), d.name() + "审核员", office.code(), d.code(), "REVIEWER");
        }
        Unit supervision = new Unit(PROVINCE + "-002", "基准省减负办", province());
        if (departments.unit(supervision.code()).isEmpty()) {
            departments.save(supervision);
        }
        account(supervisor(), "基准省督查员", supervision.code(), PROVINCE, "SUPERVISOR");
        for (int u = 0; u < plan.units(); u++) {
            Unit unit = unit(u);
            if (departments.unit(unit.code()).isEmpty()) {
                departments.save(unit);
            }
            account(applicant(unit), unit.name() + "经办人", unit.code(), unit.division().code(), "APPLICANT");
        }
        for (int p = 0; p < plan.poolUnits(); p++) {
            Unit unit = poolUnit(p);
            if (departments.unit(unit.code()).isEmpty()) {
                departments.save(unit);
            }
            account(applicant(unit), unit.name() + "经办人", unit.code(), unit.division().code(), "APPLICANT");
        }
    }

    private void account(String username, String displayName, String unitCode, String jurisdiction, String role) {
        if (accounts.find(username).isEmpty()) {
            accounts.save(new UserAccount(username, passwordHash, displayName, unitCode, jurisdiction, true,
                    Set.of(role)));
        }
    }

    /** A login as the application knows it, looked up once. */
    Actor actor(String username) {
        return known.computeIfAbsent(username, actors::actorOf);
    }

    /** The reviewer of the unit's first review (its city's), or null for a provincial unit, which has none. */
    Actor firstReviewer(Unit unit) {
        return unit.level() == DivisionLevel.PROVINCE ? null
                : actor(reviewer(city(Integer.parseInt(unit.division().code().substring(2, 4)))));
    }

    Actor provincialReviewer() {
        return actor(reviewer(province()));
    }

    /** The unit's apps from where an interrupted build left it; then the unit is marked built. */
    private int buildUnit(int u) {
        Unit unit = unit(u);
        Actor applicant = actor(applicant(unit));
        Actor firstReviewer = firstReviewer(unit);
        Actor provincialReviewer = provincialReviewer();
        Actor supervisor = actor(supervisor());
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM app WHERE owner_unit_code = ?", Integer.class,
                unit.code());
        int from = plan.firstApp(u) + (existing == null ? 0 : existing);
        int to = plan.firstApp(u + 1);
        for (int i = from; i < to; i++) {
            fileOne(unit, i, applicant, firstReviewer, provincialReviewer, supervisor);
        }
        jdbc.update("INSERT INTO bench_progress (unit_code, apps) VALUES (?, ?)", unit.code(), to - plan.firstApp(u));
        return to - from;
    }

    /** A pool unit's apps, each filed and left so, from where an interrupted build left it. */
    private int buildPoolUnit(int p) {
        Unit unit = poolUnit(p);
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM app WHERE owner_unit_code = ?", Integer.class,
                unit.code());
        int from = p * POOL_APPS_PER_UNIT + (existing == null ? 0 : existing);
        int to = Math.min(plan.poolApps(), (p + 1) * POOL_APPS_PER_UNIT);
        for (int i = from; i < to; i++) {
            fileCompletely(unit, appName(unit, i), (step, work) -> work.run());
        }
        jdbc.update("INSERT INTO bench_progress (unit_code, apps) VALUES (?, ?)", unit.code(),
                to - p * POOL_APPS_PER_UNIT);
        return Math.max(0, to - from);
    }

    /** Runs one step of a filing, named for the statement count. */
    interface StepRunner {
        void run(String step, Runnable work);
    }

    /**
     * One complete filing of a new app of the unit, as its applicant and the two reviewers would make it: created,
     * submitted (pre-checked in the process), approved by the city's first review (a provincial unit has none) and by
     * the provincial review, which numbers it. Returns the app's id.
     */
    long fileCompletely(Unit unit, String name, StepRunner step) {
        Actor applicant = actor(applicant(unit));
        long[] id = new long[1];
        step.run("create", () -> id[0] = filings.createDraft(applicant,
                Forms.complete(unit.code(), name, name + "查询", name + "办理"), null).id());
        step.run("submit_and_precheck", () -> filingWorkflow.submit(applicant, id[0]));
        Actor firstReviewer = firstReviewer(unit);
        if (firstReviewer != null) {
            step.run("first_review", () -> decide(firstReviewer, id[0], ReviewStep.FIRST_REVIEW));
        }
        step.run("provincial_review_and_number", () -> decide(provincialReviewer(), id[0],
                ReviewStep.PROVINCIAL_REVIEW));
        return id[0];
    }

    private void fileOne(Unit unit, int i, Actor applicant, Actor firstReviewer, Actor provincialReviewer,
                         Actor supervisor) {
        String name = appName(unit, i);
        App app = filings.createDraft(applicant, Forms.complete(unit.code(), name, name + "查询", name + "办理"), null);
        filingWorkflow.submit(applicant, app.id());
        int place = i % 10;
        if (place >= 6) {
            return;
        }
        if (firstReviewer != null) {
            decide(firstReviewer, app.id(), ReviewStep.FIRST_REVIEW);
        }
        if (place >= 4) {
            return;
        }
        decide(provincialReviewer, app.id(), ReviewStep.PROVINCIAL_REVIEW);
        rechecks.start(supervisor, app.id(), RecheckTrigger.SUPERVISOR);
    }

    /** Approves the app's open review task of that step as the reviewer would from the inbox. */
    void decide(Actor reviewer, long appId, ReviewStep step) {
        TaskType type = step == ReviewStep.FIRST_REVIEW ? TaskType.FIRST_REVIEW : TaskType.PROVINCIAL_REVIEW;
        Task task = tasks.createTaskQuery().processDefinitionKey(FilingProcessVariables.PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(appId)).taskDefinitionKey(type.taskDefinitionKey())
                .singleResult();
        if (task == null) {
            throw new IllegalStateException("app " + appId + " has no open " + type + " task");
        }
        filingWorkflow.decide(reviewer, task.getId(), Decision.APPROVE, "材料齐全，同意", List.of());
    }
}
