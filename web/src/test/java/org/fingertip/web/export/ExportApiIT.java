package org.fingertip.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RuntimeService;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.export.ExportRecord;
import org.fingertip.registry.export.ExportRecords;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.ApiResponse;
import org.fingertip.web.support.ExportedSheet;
import org.fingertip.web.support.FilingSteps;
import org.fingertip.web.support.FormJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every list exported over real HTTP with the demo users: the file read back with POI has the title, the filters with
 * the export's time and user, the Chinese header, as many data rows as the list's {@code total} with the same filters
 * (in the list's order), dates as date cells; the export is recorded. The refusals are the list's own: another
 * jurisdiction's campaign 404, a bad filter 400 problem+json and no file, anonymous 401, a role the list refuses 403.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportApiIT {
    private static final String XLSX = XlsxExports.MEDIA_TYPE;
    private static final Pattern TIME = Pattern.compile("导出时间：\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}（北京时间）");
    private static final String ROLE_REFUSAL = "您的角色无权";
    private static final String DATE = "yyyy-mm-dd";
    private static final String DATE_TIME = "yyyy-mm-dd hh:mm";

    @LocalServerPort
    int port;
    @Autowired
    ExportRecords records;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Departments departments;
    @Autowired
    RuntimeService runtimeService;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /** Exports as the user; asserts the answer is the titled file of today, with its head rows, and reads it. */
    private ExportedSheet export(String user, String path, String title) {
        ApiClient.Download d = api.as(user).download(path);
        assertThat(d.status()).as("%s", d.asResponse()).isEqualTo(200);
        assertThat(d.header("Content-Type")).hasValue(XLSX);
        String day = LocalDate.now(WorkingCalendar.ZONE).format(DateTimeFormatter.BASIC_ISO_DATE);
        String fileName = URLEncoder.encode(title + "-" + day + ".xlsx", StandardCharsets.UTF_8);
        assertThat(d.header("Content-Disposition")).hasValueSatisfying(cd -> assertThat(cd)
                .startsWith("attachment;").contains("filename*=UTF-8''" + fileName));
        ExportedSheet sheet = ExportedSheet.read(d.body());
        assertThat(sheet.title()).isEqualTo(title);
        assertThat(sheet.facts()).hasSize(3);
        assertThat(sheet.facts().get(0)).startsWith("筛选条件：");
        assertThat(sheet.facts().get(1)).matches(TIME);
        assertThat(sheet.facts().get(2)).isEqualTo("导出人：" + user);
        assertThat(sheet.headFrozen()).as("the head and the header frozen").isTrue();
        return sheet;
    }

    private long total(String user, String listPath) {
        String sep = listPath.contains("?") ? "&" : "?";
        return api.as(user).get(listPath + sep + "size=1").expectJson(200).json().path("total").asLong();
    }

    /** The ids of the list's items in its order (all pages). */
    private List<Long> ids(String user, String listPath, String idField) {
        String sep = listPath.contains("?") ? "&" : "?";
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode items = api.as(user).get(listPath + sep + "size=200&page=" + page).expectJson(200).json()
                    .path("items");
            items.forEach(i -> ids.add(i.path(idField).asLong()));
            if (items.size() < 200) {
                return ids;
            }
        }
    }

    private static List<Long> idsIn(ExportedSheet sheet, String header) {
        return sheet.columnValues(header).stream().map(v -> ((Double) v.value()).longValue()).toList();
    }

    private ExportRecord lastExportOf(String user) {
        List<ExportRecord> mine = records.byUser(user, 1);
        assertThat(mine).as("exports recorded for %s", user).isNotEmpty();
        return mine.get(0);
    }

    private void assertRecorded(String user, String list, long rows, String filters) {
        ExportRecord r = lastExportOf(user);
        assertThat(r.list()).isEqualTo(list);
        assertThat(r.rows()).isEqualTo(rows);
        assertThat(r.filters()).isEqualTo(filters);
        assertThat(r.exportedAt()).isBetween(Instant.now().minus(Duration.ofMinutes(2)), Instant.now());
    }

    private static void assertDates(ExportedSheet sheet, String header, String format) {
        List<ExportedSheet.Value> values = sheet.columnValues(header);
        assertThat(values).as("a value in %s", header).anyMatch(v -> v.value() != null);
        assertThat(values).filteredOn(v -> v.value() != null).allSatisfy(v -> {
            assertThat(v.isDate()).as("%s: a date cell", header).isTrue();
            assertThat(v.format()).isEqualTo(format);
        });
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---- the registry (应用台账) -------------------------------------------------------------------------------------

    @Test
    void theAppsExportHoldsTheSearchsRowsInItsOrderWithItsFilters() {
        String query = "status=FILED&level=CITY";
        long total = total("supervisor.wuhan", "/api/apps?" + query);
        assertThat(total).isPositive();

        ExportedSheet sheet = export("supervisor.wuhan", "/api/apps/export.xlsx?" + query, "应用台账");

        assertThat(sheet.headers()).containsExactly("应用编号", "应用名称", "类型", "服务对象", "状态", "备案编号",
                "主办单位编码", "主办单位", "主办单位层级", "状态变更时间");
        assertThat(sheet.facts().get(0)).isEqualTo("筛选条件：状态：已备案；层级：市级");
        assertThat(sheet.rows()).hasSize((int) total);
        assertThat(idsIn(sheet, "应用编号")).isEqualTo(ids("supervisor.wuhan", "/api/apps?" + query, "id"));
        assertThat(sheet.columnValues("状态")).extracting(ExportedSheet.Value::value).containsOnly("已备案");
        assertThat(sheet.columnValues("主办单位层级")).extracting(ExportedSheet.Value::value).containsOnly("市级");
        assertThat(sheet.columnValues("备案编号")).allMatch(v -> ((String) v.value()).startsWith("鄂政应备"));
        assertDates(sheet, "状态变更时间", DATE_TIME);
        JsonNode first = api.as("supervisor.wuhan").get("/api/apps?" + query + "&size=1").expectJson(200).json()
                .path("items").get(0);
        LocalDateTime since = LocalDateTime.ofInstant(Instant.parse(first.path("statusSince").asText()),
                WorkingCalendar.ZONE);
        assertThat((LocalDateTime) sheet.rows().get(0).get(sheet.column("状态变更时间")).value())
                .isCloseTo(since, org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.SECONDS));
        assertThat(sheet.rows().get(0).get(sheet.column("应用名称")).value()).isEqualTo(first.path("name").asText());
        assertRecorded("supervisor.wuhan", "apps", total, "状态：已备案；层级：市级");
    }

    @Test
    void anApplicantExportsItsUnitsAppsAndAnotherUnitsFilterGivesWhatTheListGives() {
        long own = total("applicant.wuhan", "/api/apps");
        ExportedSheet sheet = export("applicant.wuhan", "/api/apps/export.xlsx", "应用台账");
        assertThat(sheet.facts().get(0)).isEqualTo("筛选条件：无（全部）");
        assertThat(sheet.rows()).hasSize((int) own);
        assertThat(sheet.columnValues("主办单位编码")).extracting(ExportedSheet.Value::value).containsOnly("420100-007");
        assertRecorded("applicant.wuhan", "apps", own, "无（全部）");

        // outside its unit, the list is empty, and so is the file
        assertThat(total("applicant.yichang", "/api/apps?department=420100-007")).isZero();
        ExportedSheet foreign = export("applicant.yichang", "/api/apps/export.xlsx?department=420100-007", "应用台账");
        assertThat(foreign.rows()).isEmpty();
        assertThat(foreign.facts().get(0)).isEqualTo("筛选条件：部门：420100-007");
        assertRecorded("applicant.yichang", "apps", 0, "部门：420100-007");
    }

    // ---- the ledger (整改台账) ---------------------------------------------------------------------------------------

    @Test
    void theLedgerExportHoldsTheLedgersRowsWithItsFilters() {
        long all = total("supervisor.wuhan", "/api/ledger");
        assertThat(all).as("the demo's ledger items in Wuhan").isPositive();
        ExportedSheet sheet = export("supervisor.wuhan", "/api/ledger/export.xlsx", "整改台账");
        assertThat(sheet.headers()).containsExactly("台账编号", "应用编号", "应用名称", "主办单位编码", "主办单位", "问题类别",
                "问题描述", "来源", "状态", "整改期限", "已延期", "挂账时间", "状态变更时间");
        assertThat(idsIn(sheet, "台账编号")).isEqualTo(ids("supervisor.wuhan", "/api/ledger", "id"));
        assertDates(sheet, "整改期限", DATE_TIME);
        assertDates(sheet, "挂账时间", DATE_TIME);
        assertThat(sheet.columnValues("已延期")).extracting(ExportedSheet.Value::value).containsAnyOf("是", "否")
                .doesNotContainNull();
        assertRecorded("supervisor.wuhan", "ledger", all, "无（全部）");

        String query = "state=OPEN&category=BURDEN&department=420100";
        long open = total("supervisor.wuhan", "/api/ledger?" + query);
        ExportedSheet filtered = export("supervisor.wuhan", "/api/ledger/export.xlsx?" + query, "整改台账");
        assertThat(filtered.rows()).hasSize((int) open);
        assertThat(filtered.facts().get(0)).isEqualTo("筛选条件：状态：待整改；部门：420100；问题类别：加重基层负担");
        assertThat(filtered.columnValues("问题类别")).extracting(ExportedSheet.Value::value).containsOnly("加重基层负担");
        long overdue = total("supervisor.wuhan", "/api/ledger?overdue=true");
        assertThat(export("supervisor.wuhan", "/api/ledger/export.xlsx?overdue=true", "整改台账").rows())
                .hasSize((int) overdue);
        assertRecorded("supervisor.wuhan", "ledger", overdue, "仅逾期：是");

        // another city's reviewer sees none of Wuhan's items in the list, nor in the file
        long yichang = total("reviewer.yichang", "/api/ledger?department=420100");
        assertThat(yichang).isZero();
        assertThat(export("reviewer.yichang", "/api/ledger/export.xlsx?department=420100", "整改台账").rows()).isEmpty();
    }

    // ---- overdue work and evaluations (the dashboard's two lists), and the ledger's open filter --------------------

    @Test
    void theOverdueTasksAndTheEvaluationsExportHoldTheirListsRowsWithTheirFilters() {
        FilingSteps steps = new FilingSteps(api);
        long appId = steps.createAndSubmit("applicant.wuhan",
                FormJson.complete("420100-007", FormJson.uniqueName("逾期导出通")));
        String task = steps.task("reviewer.wuhan", appId, "FIRST_REVIEW").path("id").asText();
        // the task's record says it fell due three days ago (as the work record would after its due date)
        Instant past = Instant.now().minus(Duration.ofDays(3));
        jdbc.update("UPDATE work_task SET due_at = ?, follow_up_at = ? WHERE task_id = ?", Timestamp.from(past),
                Timestamp.from(past.minus(Duration.ofDays(2))), task);

        long overdue = total("supervisor.wuhan", "/api/tasks/overdue");
        assertThat(overdue).isPositive();
        ExportedSheet tasks = export("supervisor.wuhan", "/api/tasks/overdue/export.xlsx", "逾期任务台账");
        assertThat(tasks.rows()).hasSize((int) overdue);
        assertThat(idsIn(tasks, "应用编号")).contains(appId);
        assertDates(tasks, "办理期限", DATE_TIME);
        assertRecorded("supervisor.wuhan", "tasks-overdue", overdue, "无（全部）");
        long firstReviews = total("supervisor.wuhan", "/api/tasks/overdue?type=FIRST_REVIEW&department=420100");
        assertThat(export("supervisor.wuhan", "/api/tasks/overdue/export.xlsx?type=FIRST_REVIEW&department=420100",
                "逾期任务台账").rows()).hasSize((int) firstReviews);

        long evaluations = total("supervisor.wuhan", "/api/evaluations");
        ExportedSheet rated = export("supervisor.wuhan", "/api/evaluations/export.xlsx", "评价与负担反映台账");
        assertThat(rated.rows()).hasSize((int) evaluations);
        assertRecorded("supervisor.wuhan", "evaluations", evaluations, "无（全部）");
        assertThat(rated.headers()).doesNotContain("评价人");

        long open = total("supervisor.wuhan", "/api/ledger?open=true");
        assertThat(export("supervisor.wuhan", "/api/ledger/export.xlsx?open=true", "整改台账").rows())
                .hasSize((int) open);
        long exiting = total("supervisor.wuhan", "/api/exits?open=true");
        assertThat(export("supervisor.wuhan", "/api/exits/export.xlsx?open=true", "清理退出台账").rows())
                .hasSize((int) exiting);

        api.as("supervisor.wuhan").get("/api/evaluations/export.xlsx?month=2026-13").expectProblem(400)
                .assertNamesField("month");
        api.as("supervisor.wuhan").get("/api/tasks/overdue/export.xlsx?process=NONE").expectProblem(400)
                .assertNamesField("process");
        api.as("applicant.wuhan").get("/api/tasks/overdue/export.xlsx").expectProblem(403);
        api.as("observer.wuhan").get("/api/evaluations/export.xlsx").expectProblem(403);
        api.anonymous().get("/api/evaluations/export.xlsx").expectProblem(401);
    }

    // ---- clearance and exit (清理退出台账) ----------------------------------------------------------------------------

    @Test
    void theExitsExportHoldsTheJurisdictionsExitsWithDatesAsDateCells() {
        long all = total("supervisor.wuhan", "/api/exits");
        assertThat(all).as("the demo's exits in Wuhan").isGreaterThanOrEqualTo(2);
        ExportedSheet sheet = export("supervisor.wuhan", "/api/exits/export.xlsx", "清理退出台账");
        assertThat(sheet.headers()).startsWith("退出编号", "应用编号", "应用名称").contains("计划下线日期", "关停期限", "逾期",
                "启动时间");
        assertThat(idsIn(sheet, "退出编号")).isEqualTo(ids("supervisor.wuhan", "/api/exits", "id"));
        assertDates(sheet, "启动时间", DATE_TIME);
        assertDates(sheet, "计划下线日期", DATE);
        assertDates(sheet, "关停期限", DATE);
        assertRecorded("supervisor.wuhan", "exits", all, "无（全部）");

        long planning = total("supervisor.wuhan", "/api/exits?state=PLANNING&overdue=false");
        ExportedSheet filtered = export("supervisor.wuhan", "/api/exits/export.xlsx?state=PLANNING&overdue=false",
                "清理退出台账");
        assertThat(filtered.rows()).hasSize((int) planning);
        assertThat(filtered.facts().get(0)).isEqualTo("筛选条件：状态：待提交退出方案");
        assertThat(export("reviewer.yichang", "/api/exits/export.xlsx?department=420100", "清理退出台账").rows())
                .hasSize((int) total("reviewer.yichang", "/api/exits?department=420100")).isEmpty();
    }

    // ---- the backlog (存量未备案清单) ---------------------------------------------------------------------------------

    /** A district of Wuhan that no other test uses, with one unit (-001). */
    private Division freshDistrict() {
        Division wuhan = departments.division("420100").orElseThrow();
        String code;
        do {
            code = "4201" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        } while (departments.division(code).isPresent());
        Division district = wuhan.child(code, "导出测试区" + code, DivisionLevel.COUNTY);
        departments.save(district);
        departments.save(new Unit(code + "-001", "导出测试单位" + code, district));
        return district;
    }

    @Test
    void theBacklogExportHoldsTheBacklogOfTheDistrictWithDeadlinesAsDates() {
        Division district = freshDistrict();
        StringBuilder csv = new StringBuilder("主办单位编码,名称,类型,服务对象,上架平台,上线日期\n");
        for (int i = 0; i < 7; i++) {
            csv.append(district.code()).append("-001,导出存量应用").append(district.code()).append('-').append(i)
                    .append(",APP,公众,华为应用市场,2024-05-0").append(1 + i).append('\n');
        }
        JsonNode imported = api.as("supervisor.wuhan").postFile("/api/inventory/import", "file", "存量.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8)).expectJson(200).json();
        assertThat(imported.path("created").asInt()).as("%s", imported).isEqualTo(7);

        String query = "department=" + district.code();
        assertThat(total("supervisor.wuhan", "/api/backlog?" + query)).isEqualTo(7);
        ExportedSheet sheet = export("supervisor.wuhan", "/api/backlog/export.xlsx?" + query, "存量未备案清单");
        assertThat(sheet.headers()).containsExactly("备案期限", "剩余天数", "逾期", "应用编号", "应用名称", "类型", "主办单位编码",
                "主办单位", "上线日期", "挂账并提请退出时间", "台账编号");
        assertThat(sheet.rows()).hasSize(7);
        assertThat(idsIn(sheet, "应用编号")).isEqualTo(ids("supervisor.wuhan", "/api/backlog?" + query, "appId"));
        assertDates(sheet, "备案期限", DATE);
        assertDates(sheet, "上线日期", DATE);
        JsonNode first = api.as("supervisor.wuhan").get("/api/backlog?size=1&" + query).expectJson(200).json()
                .path("items").get(0);
        assertThat(sheet.rows().get(0).get(1).value()).isEqualTo(first.path("daysLeft").asDouble());
        assertThat(((LocalDateTime) sheet.rows().get(0).get(0).value()).toLocalDate().toString())
                .isEqualTo(first.path("deadline").asText());
        assertRecorded("supervisor.wuhan", "backlog", 7, "部门：" + district.code());

        // the whole jurisdiction, and another city's: each as its list
        assertThat(export("supervisor.wuhan", "/api/backlog/export.xlsx", "存量未备案清单").rows())
                .hasSize((int) total("supervisor.wuhan", "/api/backlog"));
        assertThat(total("supervisor.wuhan", "/api/backlog?department=420500")).isZero();
        assertThat(export("supervisor.wuhan", "/api/backlog/export.xlsx?department=420500", "存量未备案清单").rows())
                .isEmpty();
    }

    // ---- a campaign's sampled apps ----------------------------------------------------------------------------------

    @Test
    void aCampaignsExportHoldsItsSampledAppsAndAnotherJurisdictionGetsTheListsRefusal() {
        JsonNode c = api.as("supervisor.wuhan").post("/api/rechecks", Map.of("departmentCode", "420100",
                "samplePercent", 10, "seed", 20261129)).expectJson(202).json();
        long id = c.path("id").asLong();
        try {
            List<Long> members = new ArrayList<>();
            for (int page = 0; ; page++) {
                JsonNode rows = api.as("reviewer.wuhan").get("/api/rechecks/" + id + "/apps?size=200&page=" + page)
                        .expectJson(200).json();
                rows.forEach(r -> members.add(r.path("appId").asLong()));
                if (rows.size() < 200) {
                    break;
                }
            }
            assertThat(members).hasSize(c.path("selected").asInt()).isNotEmpty();

            ExportedSheet sheet = export("reviewer.wuhan", "/api/rechecks/" + id + "/apps/export.xlsx", "专项复核抽中应用");
            assertThat(sheet.headers()).containsExactly("应用编号", "应用名称", "启动情况", "复核编号", "说明");
            assertThat(idsIn(sheet, "应用编号")).isEqualTo(members);
            assertThat(sheet.facts().get(0)).isEqualTo("筛选条件：专项复核编号：" + id);
            assertRecorded("reviewer.wuhan", "rechecks-apps", members.size(), "专项复核编号：" + id);

            // another city's reviewer: 404 for the list and for its export, and nothing recorded
            ExportRecord before = lastExportOf("reviewer.wuhan");
            ApiResponse list = api.as("reviewer.yichang").get("/api/rechecks/" + id + "/apps").expectProblem(404);
            ApiResponse refused = api.as("reviewer.yichang").download("/api/rechecks/" + id + "/apps/export.xlsx")
                    .asResponse().expectProblem(404);
            assertThat(refused.detail()).isEqualTo(list.detail());
            api.as("supervisor.wuhan").download("/api/rechecks/987654321/apps/export.xlsx").asResponse()
                    .expectProblem(404);
            assertThat(lastExportOf("reviewer.wuhan")).isEqualTo(before);
        } finally {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("campaign:" + id).list()
                    .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "测试结束，不启动"));
        }
    }

    // ---- refusals ---------------------------------------------------------------------------------------------------

    @Test
    void aBadFilterIsTheListsOwnProblemAndNoFileIsWrittenOrRecorded() {
        record Bad(String list, String export, String field) {
        }
        List<Bad> bad = List.of(
                new Bad("/api/apps?status=SLEEPING", "/api/apps/export.xlsx?status=SLEEPING", "status"),
                new Bad("/api/apps?level=GALAXY", "/api/apps/export.xlsx?level=GALAXY", "level"),
                new Bad("/api/apps?q=" + encode("长".repeat(101)), "/api/apps/export.xlsx?q=" + encode("长".repeat(101)),
                        "q"),
                new Bad("/api/ledger?department=" + "4".repeat(31), "/api/ledger/export.xlsx?department="
                        + "4".repeat(31), "department"),
                new Bad("/api/ledger?overdue=maybe", "/api/ledger/export.xlsx?overdue=maybe", "overdue"),
                new Bad("/api/ledger?category=GOSSIP", "/api/ledger/export.xlsx?category=GOSSIP", "category"),
                new Bad("/api/exits?state=GONE", "/api/exits/export.xlsx?state=GONE", "state"),
                new Bad("/api/exits?department=" + "4".repeat(31), "/api/exits/export.xlsx?department="
                        + "4".repeat(31), "department"),
                new Bad("/api/backlog?department=" + "4".repeat(41), "/api/backlog/export.xlsx?department="
                        + "4".repeat(41), "department"),
                new Bad("/api/rechecks/abc/apps", "/api/rechecks/abc/apps/export.xlsx", "id"));
        String user = "supervisor.hubei";
        api.as(user).download("/api/apps/export.xlsx?size=1");
        ExportRecord before = lastExportOf(user);
        for (Bad b : bad) {
            ApiResponse list = api.as(user).get(b.list()).expectProblem(400).assertNamesField(b.field());
            for (String accept : List.of("*/*", XLSX)) {
                ApiClient.Download d = api.as(user).download(b.export(), accept);
                assertThat(ExportedSheet.isZip(d.body())).as("a file: %s", b.export()).isFalse();
                ApiResponse export = d.asResponse().expectProblem(400).assertNamesField(b.field());
                assertThat(export.detail()).as("%s", b.export()).isEqualTo(list.detail());
                assertThat(export.errorFields()).isEqualTo(list.errorFields());
            }
        }
        assertThat(lastExportOf(user)).as("no export recorded for a refusal").isEqualTo(before);
    }

    @Test
    void whoMayExportIsWhoMaySeeTheList() {
        List<String> exports = List.of("/api/apps/export.xlsx", "/api/ledger/export.xlsx", "/api/exits/export.xlsx",
                "/api/backlog/export.xlsx", "/api/rechecks/1/apps/export.xlsx");
        for (String path : exports) {
            api.anonymous().download(path).asResponse().expectProblem(401);
        }
        // the observer sees apps, but not the ledger, the exits, the backlog or campaigns: 403 as for those lists
        assertThat(api.as("observer.wuhan").download("/api/apps/export.xlsx").status()).isEqualTo(200);
        for (String list : List.of("/api/ledger", "/api/exits", "/api/backlog", "/api/rechecks/1/apps")) {
            String listRefusal = api.as("observer.wuhan").get(list).expectProblem(403).detail();
            ApiResponse refused = api.as("observer.wuhan").download(list + "/export.xlsx").asResponse()
                    .expectProblem(403);
            assertThat(refused.detail()).contains(ROLE_REFUSAL).isEqualTo(listRefusal);
        }
        // an applicant has its unit's ledger, but no exits, backlog or campaigns
        assertThat(api.as("applicant.wuhan").download("/api/ledger/export.xlsx").status()).isEqualTo(200);
        for (String path : List.of("/api/exits/export.xlsx", "/api/backlog/export.xlsx",
                "/api/rechecks/1/apps/export.xlsx")) {
            api.as("applicant.wuhan").download(path).asResponse().expectProblem(403);
        }
    }

    @Test
    void theExportPathsAreNotTakenForAnIdAndOpenApiDescribesThemAsXlsx() {
        // /api/apps/{id} and /api/ledger/{id} take numeric ids; the export's literal path wins
        assertThat(api.as("admin").download("/api/apps/export.xlsx").header("Content-Type")).hasValue(XLSX);
        assertThat(api.as("admin").download("/api/ledger/export.xlsx").header("Content-Type")).hasValue(XLSX);
        api.as("admin").get("/api/apps/export.xls").expectProblem(400).assertNamesField("id");

        JsonNode docs = api.anonymous().get("/v3/api-docs").expect(200).json();
        for (String path : List.of("/api/apps/export.xlsx", "/api/ledger/export.xlsx", "/api/exits/export.xlsx",
                "/api/backlog/export.xlsx", "/api/rechecks/{id}/apps/export.xlsx")) {
            JsonNode get = docs.path("paths").path(path).path("get");
            assertThat(get.path("summary").asText()).as(path).startsWith("导出");
            JsonNode ok = get.path("responses").path("200").path("content").path(XLSX);
            assertThat(ok.path("schema").path("format").asText()).as("%s: %s", path, get).isEqualTo("binary");
        }
    }
}
