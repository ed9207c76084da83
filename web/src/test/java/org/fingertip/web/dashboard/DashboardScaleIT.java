package org.fingertip.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

import org.fingertip.db.user.UserAccount;
import org.fingertip.db.user.UserAccounts;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.demo.DemoData;
import org.fingertip.web.support.ApiClient;
import org.fingertip.workflow.task.TaskType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A generated registry of 100,000 apps in a province of its own, with a known spread over status, kind and level and
 * known pending filings, re-checks, exits, backlog, ledger items, overdue tasks and burden reports: every figure of
 * its supervisor's dashboard is the count the generator knows, and the total of the list it drills down to. The rows
 * are bulk SQL (the read side is under test), removed afterwards; times are printed.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardScaleIT {
    static final int APPS = 100_000;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String[] EXIT_STATES = {"PLANNING", "PLAN_REVIEW", "MIGRATING", "MIGRATION_REVIEW", "NOTICE",
            "OFFLINE", "DEREGISTRATION", "VERIFICATION"};
    private static final String[][] STEPS = {{"AppFilingProcess", "Task_FirstReview"},
            {"AppFilingProcess", "Task_ProvincialReview"}, {"AppFilingProcess", "Task_Revise"},
            {"LedgerItemProcess", "Task_Rectify"}, {"LedgerItemProcess", "Task_VerifyFix"},
            {"RecheckProcess", "Task_SelfInspection"}, {"AppExitProcess", "Task_ExitPlan"},
            {"AppChangeProcess", "Task_ChangeFirstReview"}};
    private static final String[] LEDGER_STATES = {"OPEN", "REPORTED_FIXED", "SENT_BACK", "CLOSED", "REVOKED"};

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Departments departments;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    /** What the generator wrote, counted as it wrote it: figure → count. */
    private final Map<String, Long> expected = new TreeMap<>();
    private final Instant now = Instant.now();
    private final LocalDate today = LocalDate.ofInstant(now, SHANGHAI);
    private String provincePath;
    private String supervisor;
    private Long importId;

    private void count(String figure) {
        expected.merge(figure, 1L, Long::sum);
    }

    private long expect(String figure) {
        return expected.getOrDefault(figure, 0L);
    }

    @Test
    void everyFigureOfAHundredThousandAppsIsTheKnownCountAndItsListsTotal() {
        long started = System.nanoTime();
        String code = "9" + ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L);
        Division province = Division.root(code, "测试省" + code.substring(8));
        Division city = province.child(code.substring(0, 10) + "01", "甲市", DivisionLevel.CITY);
        Division otherCity = province.child(code.substring(0, 10) + "02", "乙市", DivisionLevel.CITY);
        Division county = city.child(code.substring(0, 10) + "11", "甲市一区", DivisionLevel.COUNTY);
        Division otherCounty = otherCity.child(code.substring(0, 10) + "21", "乙市一县", DivisionLevel.COUNTY);
        provincePath = province.path();
        for (Division d : List.of(province, city, otherCity, county, otherCounty)) {
            departments.save(d);
        }
        Unit[] units = {new Unit(province.code() + "-001", "测试省数据局", province),
                new Unit(city.code() + "-001", "甲市数据局", city), new Unit(otherCity.code() + "-001", "乙市数据局", otherCity),
                new Unit(county.code() + "-001", "甲市一区数据局", county),
                new Unit(otherCounty.code() + "-001", "乙市一县数据局", otherCounty)};
        for (Unit u : units) {
            departments.save(u);
        }
        supervisor = "supervisor.scale" + code.substring(6);
        accounts.save(new UserAccount(supervisor, passwordEncoder.encode(DemoData.DEMO_PASSWORD), "规模测试督查员",
                units[0].code(), province.code(), true, Set.of("SUPERVISOR")));

        Map<String, String> statusOf = generateApps(units);
        Map<Integer, Long> ids = idsByIndex();
        assertThat(ids).hasSize(APPS);
        generateDependents(units, statusOf, ids);
        long generated = System.nanoTime();

        ApiClient.Caller caller = new ApiClient(port).as(supervisor);
        JsonNode d = caller.get("/api/dashboard").expectJson(200).json();
        long answered = System.nanoTime();

        assertKnownCounts(d, units, city, otherCity);
        int followed = DrillDowns.assertEveryFigureIsItsListsTotal(caller, d);
        JsonNode compare = caller.get("/api/dashboard/compare").expectJson(200).json();
        assertThat(compare.path("rows")).hasSize(2);
        for (JsonNode row : compare.path("rows")) {
            String c = row.path("department").path("code").asText();
            assertThat(row.path("overdueTasks").path("count").asLong()).as("overdue in %s", c)
                    .isEqualTo(expect("overdueDept:" + c));
        }
        followed += DrillDowns.assertEveryFigureIsItsListsTotal(caller, compare);
        long done = System.nanoTime();
        System.out.printf("{\"dashboard_scale\": {\"apps\": %d, \"generate_s\": %.1f, \"dashboard_s\": %.1f, "
                        + "\"drill_downs\": %d, \"drill_downs_s\": %.1f, \"total_s\": %.1f}}%n", APPS,
                (generated - started) / 1e9, (answered - generated) / 1e9, followed, (done - answered) / 1e9,
                (done - started) / 1e9);
    }

    // ---- what the dashboard must say ---------------------------------------------------------------------------------

    private void assertKnownCounts(JsonNode d, Unit[] units, Division city, Division otherCity) {
        long total = 0;
        for (JsonNode f : d.path("apps").path("byStatus")) {
            assertThat(f.path("count").asLong())
                    .as(() -> "status " + f.path("key") + "; the table holds " + statusCountsInTheTable())
                    .isEqualTo(expect("status:" + f.path("key").asText()));
            total += f.path("count").asLong();
        }
        assertThat(total).isEqualTo(APPS - expect("status:DRAFT"));
        assertThat(d.path("apps").path("total").path("count").asLong()).isEqualTo(total);
        for (JsonNode f : d.path("apps").path("byKind")) {
            assertThat(f.path("count").asLong()).as("kind %s", f.path("key")).isEqualTo(expect("kind:" + f.path("key").asText()));
        }
        for (JsonNode f : d.path("apps").path("byLevel")) {
            assertThat(f.path("count").asLong()).as("level %s", f.path("key")).isEqualTo(expect("level:" + f.path("key").asText()));
        }
        JsonNode c = d.path("clearance");
        assertThat(c.path("kept").path("count").asLong()).isEqualTo(expect("clearance:KEPT"));
        assertThat(c.path("integrated").path("count").asLong()).isEqualTo(expect("clearance:INTEGRATED"));
        assertThat(c.path("closed").path("count").asLong()).isEqualTo(expect("clearance:CLOSED"));
        assertThat(c.path("exiting").path("count").asLong()).isEqualTo(expect("clearance:EXITING"));
        assertThat(c.path("examined").path("count").asLong()).isEqualTo(expect("clearance:KEPT")
                + expect("clearance:INTEGRATED") + expect("clearance:CLOSED") + expect("clearance:EXITING"));
        for (JsonNode p : d.path("pending")) {
            for (JsonNode f : p.path("byAge")) {
                assertThat(f.path("count").asLong()).as("pending %s %s", p.path("key"), f.path("key"))
                        .isEqualTo(expect("pending:" + p.path("key").asText() + ":" + f.path("key").asText()));
            }
        }
        assertThat(d.path("overdueTasks").path("total").path("count").asLong()).isEqualTo(expect("overdue"));
        assertThat(DrillDowns.countOrZero(d.path("overdueTasks").path("byDepartment"), city.code()))
                .isEqualTo(expect("overdueDept:" + city.code()));
        assertThat(DrillDowns.countOrZero(d.path("overdueTasks").path("byDepartment"), otherCity.code()))
                .isEqualTo(expect("overdueDept:" + otherCity.code()));
        assertThat(DrillDowns.countOrZero(d.path("overdueTasks").path("byDepartment"), units[0].code()))
                .isEqualTo(expect("overdueDept:" + units[0].code()));
        for (String[] step : STEPS) {
            String type = TaskType.ofDefinitionKey(step[1]).orElseThrow().name();
            assertThat(DrillDowns.countOrZero(d.path("overdueTasks").path("byStep"), type)).as("overdue at %s", type)
                    .isEqualTo(expect("overdueStep:" + step[1]));
        }
        for (JsonNode row : d.path("burdens").path("byCategory")) {
            for (JsonNode f : row.path("byMonth")) {
                assertThat(f.path("count").asLong()).as("burden %s in %s", row.path("key"), f.path("key"))
                        .isEqualTo(expect("burden:" + row.path("key").asText() + ":" + f.path("key").asText()));
            }
        }
        for (JsonNode row : d.path("ledger").path("byCategory")) {
            String cat = row.path("key").asText();
            assertThat(row.path("open").path("count").asLong()).as("open %s", cat).isEqualTo(expect("ledgerOpen:" + cat));
            assertThat(row.path("overdue").path("count").asLong()).as("overdue %s", cat)
                    .isEqualTo(expect("ledgerOverdue:" + cat));
            assertThat(row.path("closed").path("count").asLong()).as("closed %s", cat)
                    .isEqualTo(expect("ledgerClosed:" + cat));
        }
        for (JsonNode f : d.path("exits").path("byState")) {
            assertThat(f.path("count").asLong()).as("exits %s", f.path("key")).isEqualTo(expect("exit:" + f.path("key").asText()));
        }
        for (JsonNode f : d.path("backlog").path("byDaysLeft")) {
            assertThat(f.path("count").asLong()).as("backlog %s", f.path("key"))
                    .isEqualTo(expect("backlog:" + f.path("key").asText()));
        }
    }

    /** The generated province's apps by status and unit, read directly: tells a wrong figure from changed rows. */
    private String statusCountsInTheTable() {
        return jdbc.queryForList("SELECT status, owner_unit_code, COUNT(*) AS n FROM app WHERE owner_division_path "
                + "LIKE CONCAT(?, '%') GROUP BY status, owner_unit_code ORDER BY status, owner_unit_code", provincePath)
                .toString();
    }

    // ---- the generator -----------------------------------------------------------------------------------------------

    /** 100,000 apps spread by the index; returns each app's status by its name. */
    private Map<String, String> generateApps(Unit[] units) {
        AppKind[] kinds = AppKind.values();
        Map<String, String> statusOf = new HashMap<>();
        List<Object[]> rows = new ArrayList<>(APPS);
        Timestamp old = Timestamp.from(now.minus(Duration.ofDays(400)));
        for (int i = 0; i < APPS; i++) {
            Unit unit = units[i % units.length];
            int slot = i % 100;
            String status = slot < 3 ? "DRAFT" : slot < 13 ? "UNDER_REVIEW" : slot < 15 ? "CHANGE_UNDER_REVIEW"
                    : slot < 20 ? "LIVE_UNFILED" : slot < 25 ? "EXITED" : slot < 27 ? "EXITING"
                    : slot < 30 ? "REGISTERED" : "FILED";
            AppKind kind = status.equals("LIVE_UNFILED") ? AppKind.APP : kinds[(i / 3) % kinds.length];
            Timestamp since = old;
            if (status.equals("UNDER_REVIEW")) {
                int age = (i / 100) % 40;
                since = Timestamp.from(today.minusDays(age).atTime(LocalTime.NOON).atZone(SHANGHAI).toInstant());
                count("pending:FILING:" + ageBucket(age));
            }
            String name = "规模" + i;
            statusOf.put(name, status);
            if (!status.equals("DRAFT")) {
                count("kind:" + kind.name());
                count("level:" + unit.level().name());
            }
            count("status:" + status);
            rows.add(new Object[] {name, kind.name(), unit.code(), unit.division().path(), unit.level().name(), status,
                    since, since});
        }
        insert("app (name, kind, audience, owner_unit_code, owner_division_path, level, status, status_since, form_json, "
                + "findings_json, gaps_json, created_by, created_at, version)",
                "(?, ?, 'PUBLIC', ?, ?, ?, ?, ?, '{}', '[]', '[]', 'scale', ?, 1)", rows);
        return statusOf;
    }

    private Map<Integer, Long> idsByIndex() {
        Map<Integer, Long> ids = new HashMap<>();
        jdbc.query("SELECT id, name FROM app WHERE owner_division_path LIKE CONCAT(?, '%')", rs -> {
            ids.put(Integer.parseInt(rs.getString(2).substring(2)), rs.getLong(1));
        }, provincePath);
        return ids;
    }

    private void generateDependents(Unit[] units, Map<String, String> statusOf, Map<Integer, Long> ids) {
        List<Object[]> changes = new ArrayList<>();
        List<Object[]> rechecks = new ArrayList<>();
        List<Object[]> exits = new ArrayList<>();
        List<Object[]> inventory = new ArrayList<>();
        List<Integer> filed = new ArrayList<>();
        importId = newImport();
        for (int i = 0; i < APPS; i++) {
            Unit unit = units[i % units.length];
            long id = ids.get(i);
            int slot = i % 100;
            int n = i / 100;
            switch (statusOf.get("规模" + i)) {
                case "CHANGE_UNDER_REVIEW" -> {
                    String state = n % 2 == 0 ? "UNDER_REVIEW" : "RETURNED";
                    int age = n % 30;
                    Timestamp at = Timestamp.from(today.minusDays(age).atTime(LocalTime.NOON).atZone(SHANGHAI).toInstant());
                    changes.add(new Object[] {id, "鄂政应备规模" + id + "号", unit.code(), unit.division().path(),
                            unit.code(), state, at, id, at, at});
                    if (state.equals("UNDER_REVIEW")) {
                        count("pending:CHANGE:" + ageBucket(age));
                    }
                }
                case "LIVE_UNFILED" -> {
                    int daysLeft = n % 300 - 100;
                    inventory.add(new Object[] {id, unit.code(), "规模" + i, today.plusDays(daysLeft), importId});
                    count("backlog:" + daysLeftBucket(daysLeft));
                }
                case "EXITED" -> {
                    boolean toPlatform = n % 2 == 0;
                    exits.add(new Object[] {id, null, unit.code(), unit.division().path(), "EXITED", toPlatform});
                    count(toPlatform ? "clearance:INTEGRATED" : "clearance:CLOSED");
                }
                case "EXITING" -> {
                    String state = EXIT_STATES[n % EXIT_STATES.length];
                    exits.add(new Object[] {id, id, unit.code(), unit.division().path(), state, false});
                    count("clearance:EXITING");
                    count("exit:" + state);
                }
                case "FILED" -> {
                    filed.add(i);
                    if (slot < 35) {
                        rechecks.add(new Object[] {id, unit.code(), unit.division().path()});
                        count("clearance:KEPT");
                    }
                }
                default -> {
                }
            }
        }
        Timestamp past = Timestamp.from(now.minus(Duration.ofDays(100)));
        insert("change_filing (app_id, app_name, filing_number, owner_unit_code, owner_division_path, "
                + "proposed_owner_unit_code, previous_form_json, proposed_form_json, effective_date, changed_sections, "
                + "findings_json, gaps_json, state, state_since, open_app_id, filed_by, filed_at, submitted_by, "
                + "submitted_at, version)", "(?, '变更', ?, ?, ?, ?, '{}', '{}', '2027-01-01', 'IDENTITY', '[]', '[]', ?, "
                + "?, ?, 'scale', ?, 'scale', ?, 1)", changes);
        insert("recheck (app_id, app_name, owner_unit_code, owner_division_path, trigger_kind, state, "
                + "self_inspection_late, started_by, started_at, concluded_at, version)",
                "(?, '复核', ?, ?, 'CYCLE', 'CONCLUDED', FALSE, 'scale', " + sql(past) + ", " + sql(past) + ", 1)",
                rechecks);
        insert("app_exit (app_id, open_app_id, app_name, owner_unit_code, owner_division_path, trigger_kind, state, "
                + "to_platform, deregistration_late, deadline_missed, details_json, started_by, started_at, version)",
                "(?, ?, '退出', ?, ?, 'OWNER', ?, ?, FALSE, FALSE, '{}', 'scale', " + sql(past) + ", 1)", exits);
        insert("app_inventory (app_id, unit_code, normalised_name, kind, name, audience, stores_json, launch_date, "
                + "filing_deadline, import_id, import_line, created_by, created_at, updated_by, updated_at)",
                "(?, ?, ?, 'APP', '存量', 'PUBLIC', '[]', '2024-01-01', ?, ?, 2, 'scale', " + sql(past) + ", 'scale', "
                        + sql(past) + ")", inventory);

        List<Object[]> ledger = new ArrayList<>();
        List<Object[]> tasks = new ArrayList<>();
        List<Object[]> evaluations = new ArrayList<>();
        LedgerCategory[] categories = LedgerCategory.values();
        for (int k = 0; k < 5_000; k++) {
            int i = filed.get(k * 13 % filed.size());
            Unit unit = units[i % units.length];
            String category = categories[k % categories.length].name();
            String state = LEDGER_STATES[k % LEDGER_STATES.length];
            Instant deadline = now.plus(Duration.ofDays((k / 5) % 60 - 30)).plus(Duration.ofHours(6));
            ledger.add(new Object[] {ids.get(i), unit.code(), unit.division().path(), category, state,
                    Timestamp.from(deadline)});
            boolean unfinished = !state.equals("CLOSED") && !state.equals("REVOKED");
            if (unfinished) {
                count("ledgerOpen:" + category);
                if (deadline.isBefore(now)) {
                    count("ledgerOverdue:" + category);
                }
            }
            if (state.equals("CLOSED")) {
                count("ledgerClosed:" + category);
            }
        }
        for (int k = 0; k < 3_000; k++) {
            int i = filed.get(k * 7 % filed.size());
            Unit unit = units[i % units.length];
            String[] step = STEPS[k % STEPS.length];
            boolean open = k % 3 != 0;
            boolean late = k % 4 != 0;
            Instant due = late ? now.minus(Duration.ofDays(1 + k % 10)) : now.plus(Duration.ofDays(5));
            tasks.add(new Object[] {"scale-" + importId + "-" + k, step[0], step[1], ids.get(i), unit.code(),
                    unit.division().path(), Timestamp.from(due.minus(Duration.ofDays(10))), Timestamp.from(due),
                    open ? "OPEN" : "DONE"});
            if (open && late) {
                count("overdue");
                count("overdueStep:" + step[1]);
                String dept = unit.division().level() == DivisionLevel.PROVINCE ? unit.code()
                        : unit.division().path().substring(provincePath.length()).split("/")[0];
                count("overdueDept:" + dept);
            }
        }
        BurdenCategory[] burdens = BurdenCategory.values();
        YearMonth thisMonth = YearMonth.from(today);
        for (int k = 0; k < 3_000; k++) {
            int i = filed.get(k * 11 % filed.size());
            int monthsAgo = k % 14;
            YearMonth month = thisMonth.minusMonths(monthsAgo);
            Instant at = month.atDay(15).atTime(LocalTime.NOON).atZone(SHANGHAI).toInstant();
            List<String> reported = k % 4 == 0 ? List.of(burdens[k % burdens.length].name(),
                    burdens[(k + 3) % burdens.length].name()) : k % 5 == 0 ? List.of() : List.of(burdens[k % burdens.length].name());
            evaluations.add(new Object[] {ids.get(i), "scale-" + k, Timestamp.from(at)});
            if (monthsAgo < 12) {
                reported.forEach(b -> count("burden:" + b + ":" + month));
            }
            burdenPlan.add(reported);
        }
        insert("ledger_item (app_id, app_name, owner_unit_code, owner_division_path, category, finding, source, state, "
                + "state_since, deadline, extended, opened_by, opened_at, version)",
                "(?, '台账', ?, ?, ?, '问题', 'SUPERVISOR', ?, " + sql(past) + ", ?, FALSE, 'scale', " + sql(past) + ", 1)",
                ledger);
        insert("work_task (task_id, process_instance_id, process_key, task_key, name, app_id, unit_code, division_path, "
                + "candidate_group, delegated, created_at, due_at, state)",
                "(?, 'scale', ?, ?, '任务', ?, ?, ?, 'reviewer:scale', FALSE, ?, ?, ?)", tasks);
        insert("evaluation (app_id, reporter, rating, anonymous, at)", "(?, ?, 2, FALSE, ?)", evaluations);
        List<Object[]> burdenRows = new ArrayList<>();
        jdbc.query("SELECT e.id, e.reporter, e.app_id, e.at FROM evaluation e JOIN app a ON a.id = e.app_id "
                + "WHERE a.owner_division_path LIKE CONCAT(?, '%')", rs -> {
            int k = Integer.parseInt(rs.getString(2).substring("scale-".length()));
            for (String b : burdenPlan.get(k)) {
                burdenRows.add(new Object[] {rs.getLong(1), rs.getLong(3), rs.getString(2), b, rs.getTimestamp(4)});
            }
        }, provincePath);
        insert("evaluation_burden (evaluation_id, app_id, reporter, category, at)", "(?, ?, ?, ?, ?)", burdenRows);
    }

    private final List<List<String>> burdenPlan = new ArrayList<>();

    private Long newImport() {
        jdbc.update("INSERT INTO inventory_import (file_name, imported_by, imported_at, data_rows, created_count, "
                + "updated_count, unchanged_count, rejected_count, rejected_json) VALUES (?, 'scale', ?, 0, 0, 0, 0, 0, "
                + "'[]')", "scale-" + provincePath, Timestamp.from(now));
        return jdbc.queryForObject("SELECT MAX(id) FROM inventory_import WHERE file_name = ?", Long.class,
                "scale-" + provincePath);
    }

    private static String ageBucket(int age) {
        return age <= 5 ? "UP_TO_5" : age <= 10 ? "DAYS_6_TO_10" : age <= 20 ? "DAYS_11_TO_20" : "OVER_20";
    }

    private static String daysLeftBucket(int daysLeft) {
        return daysLeft < 0 ? "OVERDUE" : daysLeft <= 30 ? "WITHIN_30" : daysLeft <= 90 ? "DAYS_31_TO_90" : "OVER_90";
    }

    /** An instant written into the SQL of a bulk insert as a parameter would be: through the driver. */
    private String sql(Timestamp t) {
        return "CAST('" + t.toLocalDateTime().truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ')
                + "' AS DATETIME)";
    }

    /** Multi-row INSERTs of 500 rows each: one statement per chunk, on H2 and MariaDB alike. */
    private void insert(String into, String valueRow, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 500) {
            List<Object[]> chunk = rows.subList(from, Math.min(from + 500, rows.size()));
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(into).append(" VALUES ");
            List<Object> args = new ArrayList<>();
            for (int r = 0; r < chunk.size(); r++) {
                sql.append(r == 0 ? "" : ", ").append(valueRow);
                args.addAll(Arrays.asList(chunk.get(r)));
            }
            jdbc.update(sql.toString(), args.toArray());
        }
    }

    @AfterEach
    void removeTheGeneratedProvince() {
        if (provincePath == null) {
            return;
        }
        String like = provincePath + "%";
        String apps = "SELECT id FROM app WHERE owner_division_path LIKE ?";
        jdbc.update("DELETE FROM evaluation_burden WHERE app_id IN (" + apps + ")", like);
        jdbc.update("DELETE FROM evaluation WHERE app_id IN (" + apps + ")", like);
        jdbc.update("DELETE FROM work_task WHERE division_path LIKE ?", like);
        jdbc.update("DELETE FROM ledger_item WHERE owner_division_path LIKE ?", like);
        jdbc.update("DELETE FROM app_exit WHERE owner_division_path LIKE ?", like);
        jdbc.update("DELETE FROM recheck WHERE owner_division_path LIKE ?", like);
        jdbc.update("DELETE FROM change_filing WHERE owner_division_path LIKE ?", like);
        jdbc.update("DELETE FROM app_inventory WHERE app_id IN (" + apps + ")", like);
        if (importId != null) {
            jdbc.update("DELETE FROM inventory_import WHERE id = ?", importId);
        }
        jdbc.update("DELETE FROM app WHERE owner_division_path LIKE ?", like);
        if (supervisor != null) {
            jdbc.update("DELETE FROM user_role WHERE username = ?", supervisor);
            jdbc.update("DELETE FROM user_account WHERE username = ?", supervisor);
        }
        jdbc.update("DELETE FROM unit WHERE division_code IN (SELECT code FROM division WHERE path LIKE ?)", like);
        jdbc.update("DELETE FROM division WHERE path LIKE ? AND parent_code IS NOT NULL AND level = 'COUNTY'", like);
        jdbc.update("DELETE FROM division WHERE path LIKE ? AND parent_code IS NOT NULL", like);
        jdbc.update("DELETE FROM division WHERE path LIKE ?", like);
    }
}
