package org.fingertip.web.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.department.Unit;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.ApiResponse;
import org.fingertip.web.support.FilingSteps;
import org.fingertip.web.support.FormJson;
import org.fingertip.workflow.inventory.BacklogSweepWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The inventory over real HTTP as the demo users: a 500-row file imported twice (and its GBK twin) makes 500 apps,
 * its malformed rows named by line; XLSX; LIVE_UNFILED with the deadline for the kinds that are filed, REGISTERED for
 * the others; a foreign unit's rows rejected; roles; bad files as problem+json; the applicant's filing of a
 * LIVE_UNFILED app from the pre-filled form; and the sweep past the deadline, once. Each test imports into a district
 * of its own, created under Wuhan, so that counts are exact whatever else the shared database holds.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InventoryApiIT {
    private static final String IMPORT = "/api/inventory/import";
    private static final String HEADER = "主办单位编码,名称,类型,服务对象,上架平台,上线日期,包名,"
            + "月份,月活跃用户数,服务对象规模,最近更新日期,最近发布日期,服务是否可用";
    private static final LocalDate DEADLINE = LocalDate.of(2026, 7, 25);
    private static final String OUT_OF_REACH = "不在您的辖区内或不存在";
    private static final String ROLE_REFUSAL = "您的角色无权";
    /** Ten ways of writing a kind, seven of them filed. */
    private static final String[] KINDS = {"APP", "小程序", "快应用", "轻应用", "移动应用（APP）", "MINI_PROGRAM", "公众号",
            "工作群", "信息系统", "LIGHT_APP"};
    private static final List<String> FILED = List.of("APP", "小程序", "快应用", "轻应用", "移动应用（APP）",
            "MINI_PROGRAM", "LIGHT_APP");

    @LocalServerPort
    int port;
    @Autowired
    Departments departments;
    @Autowired
    BacklogSweepWorkflow sweep;

    ApiClient api;
    FilingSteps steps;
    LocalDate today;
    long nonce;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        steps = new FilingSteps(api);
        today = LocalDate.now(WorkingCalendar.ZONE);
        nonce = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
    }

    /** A district of Wuhan that no other test uses, with two units (-001, -002). */
    private Division freshDistrict() {
        Division wuhan = departments.division("420100").orElseThrow();
        String code;
        do {
            code = "4201" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        } while (departments.division(code).isPresent());
        Division district = wuhan.child(code, "存量测试区" + code, DivisionLevel.COUNTY);
        departments.save(district);
        departments.save(new Unit(code + "-001", "存量测试单位甲" + code, district));
        departments.save(new Unit(code + "-002", "存量测试单位乙" + code, district));
        return district;
    }

    private JsonNode importAs(String user, String filename, byte[] content) {
        return api.as(user).postFile(IMPORT, "file", filename, content).expectJson(200).json();
    }

    private static Map<Integer, String> rejections(JsonNode result) {
        Map<Integer, String> byLine = new LinkedHashMap<>();
        result.path("rejected").forEach(r -> byLine.put(r.path("line").asInt(), r.path("reason").asText()));
        return byLine;
    }

    private long total(String user, String query) {
        return api.as(user).get("/api/apps?size=1" + query).expectJson(200).json().path("total").asLong();
    }

    /** The one app of the user's view named exactly so. */
    private JsonNode appNamed(String user, String name) {
        JsonNode page = api.as(user).get("/api/apps?size=200&q=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).expectJson(200).json();
        List<JsonNode> exact = new ArrayList<>();
        page.path("items").forEach(i -> {
            if (name.equals(i.path("name").asText())) {
                exact.add(i);
            }
        });
        assertThat(exact).as("apps named %s", name).hasSize(1);
        return api.as(user).get("/api/apps/" + exact.get(0).path("id").asLong()).expectJson(200).json();
    }

    private static byte[] utf8WithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    /** The rows of the 500-row file: 503 data rows, three of them malformed. */
    private record Generated(String csv, int filed, int registered, Map<Integer, String> bad, String usageName) {
    }

    private Generated fiveHundredRows(Division district) {
        YearMonth month = YearMonth.from(today).minusMonths(1);
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        Map<Integer, String> bad = new LinkedHashMap<>();
        int filed = 0;
        int registered = 0;
        String usageName = null;
        for (int row = 0; row < 503; row++) {
            int line = row + 2;
            String kind = KINDS[row % KINDS.length];
            String name = "存量应用" + nonce + "-" + row;
            String stores = switch (row % 3) {
                case 0 -> "\"华为应用市场,应用宝\"";
                case 1 -> "华为应用市场、苹果 App Store";
                default -> FILED.contains(kind) ? "微信" : "";
            };
            String launch = switch (row % 3) {
                case 0 -> "2024/5/1";
                case 1 -> "2023年6月15日";
                default -> "2022-01-0" + (1 + row % 9);
            };
            String[] cells = {district.code() + (row % 2 == 0 ? "-001" : "-002"), name, kind,
                    row % 4 == 0 ? "内部" : "公众", stores, launch, row % 4 == 0 ? "cn.gov.inv.a" + row : "",
                    "", "", "", "", "", ""};
            if (row % 5 == 0) {
                cells[7] = month.toString();
                cells[8] = "\"1,2" + (row % 10) + "0\"";
                cells[9] = "5000";
                cells[10] = month.atDay(3).toString();
                cells[11] = month.atDay(20).toString();
                cells[12] = "是";
                usageName = usageName == null ? name : usageName;
            }
            switch (line) {
                case 58 -> { cells[2] = "电子公文"; bad.put(line, "类型：不是可识别的类型，收到“电子公文”"); }
                case 250 -> { cells[5] = today.plusDays(3).toString(); bad.put(line, "上线日期：不能晚于今天"); }
                case 444 -> { cells[3] = ""; cells[0] = "420100-7"; bad.put(line, "服务对象：请填写"); }
                default -> {
                    if (FILED.contains(kind)) {
                        filed++;
                    } else {
                        registered++;
                    }
                }
            }
            csv.append(String.join(",", cells)).append("\r\n");
        }
        return new Generated(csv.toString(), filed, registered, bad, usageName);
    }

    @Test
    void givenA500RowFileImportedTwiceAndItsGbkTwin_then500AppsAndTheMalformedRowsNamedByLine() {
        Division district = freshDistrict();
        Generated file = fiveHundredRows(district);
        assertThat(file.filed() + file.registered()).isEqualTo(500);
        byte[] utf8 = utf8WithBom(file.csv());
        byte[] gbk = file.csv().getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(gbk)))
                .as("the twin is not UTF-8").isInstanceOf(CharacterCodingException.class);

        JsonNode first = importAs("supervisor.wuhan", "存量清单.csv", utf8);
        JsonNode second = importAs("supervisor.wuhan", "存量清单.csv", utf8);
        JsonNode twin = importAs("admin", "存量清单-gbk.csv", gbk);

        assertThat(first.path("created").asInt()).as("%s", first).isEqualTo(500);
        assertThat(first.path("updated").asInt()).isZero();
        assertThat(first.path("importId").asLong()).isPositive();
        Map<Integer, String> rejected = rejections(first);
        assertThat(rejected.keySet()).containsExactlyElementsOf(file.bad().keySet());
        file.bad().forEach((line, reason) -> assertThat(rejected.get(line)).as("line %s", line).contains(reason));
        assertThat(rejected.get(444)).contains("主办单位编码：应为“区划代码-三位序号”");
        for (JsonNode again : List.of(second, twin)) {
            assertThat(again.path("created").asInt()).as("%s", again).isZero();
            assertThat(again.path("updated").asInt()).isZero();
            assertThat(again.path("unchanged").asInt()).isEqualTo(500);
            assertThat(rejections(again)).isEqualTo(rejected);
        }

        String inDistrict = "&department=" + district.code();
        assertThat(total("supervisor.wuhan", inDistrict)).as("apps of the district").isEqualTo(500);
        assertThat(total("supervisor.wuhan", inDistrict + "&status=LIVE_UNFILED")).isEqualTo(file.filed());
        assertThat(total("supervisor.wuhan", inDistrict + "&status=REGISTERED")).isEqualTo(file.registered());
        JsonNode backlog = api.as("supervisor.wuhan").get("/api/backlog?size=5" + inDistrict).expectJson(200).json();
        assertThat(backlog.path("total").asLong()).isEqualTo(file.filed());
        assertThat(backlog.path("overdue").asLong()).isEqualTo(today.isAfter(DEADLINE) ? file.filed() : 0);
        JsonNode item = backlog.path("items").get(0);
        assertThat(item.path("deadline").asText()).isEqualTo("2026-07-25");
        assertThat(item.path("daysLeft").asLong()).isEqualTo(ChronoUnit.DAYS.between(today, DEADLINE));
        assertThat(item.path("status").asText()).isEqualTo("LIVE_UNFILED");
        assertThat(item.path("exitProposed").asBoolean()).isFalse();

        // one row's usage facts, stored for its month once
        JsonNode withUsage = appNamed("supervisor.wuhan", file.usageName());
        JsonNode usage = api.as("supervisor.wuhan").get("/api/apps/" + withUsage.path("id").asLong() + "/usage")
                .expectJson(200).json();
        assertThat(usage).hasSize(1);
        assertThat(usage.get(0).path("month").asText()).isEqualTo(YearMonth.from(today).minusMonths(1).toString());
        assertThat(usage.get(0).path("monthlyActiveUsers").asLong()).isEqualTo(1200);
        assertThat(usage.get(0).path("recordedBy").asText()).isEqualTo("supervisor.wuhan");
    }

    @Test
    void filedKindsBecomeLiveUnfiledWithTheDeadlineAndTheOthersRegistered() {
        Division district = freshDistrict();
        String unit = district.code() + "-001";
        StringBuilder csv = new StringBuilder("name,kind,audience,stores,launchDate,unitCode\n");
        for (String kind : List.of("APP", "小程序", "快应用", "轻应用", "公众号", "工作群", "信息系统")) {
            csv.append("按类型").append(kind).append(nonce).append(',').append(kind).append(",PUBLIC,,2024-01-02,")
                    .append(unit).append('\n');
        }

        JsonNode result = importAs("supervisor.wuhan", "kinds.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(result.path("created").asInt()).as("%s", result).isEqualTo(3);
        assertThat(rejections(result).values()).hasSize(4).allMatch(r -> r.contains("上架平台：请填写"));
        csv = new StringBuilder("name,kind,audience,stores,launchDate,unitCode\n");
        for (String kind : List.of("APP", "小程序", "快应用", "轻应用")) {
            csv.append("按类型").append(kind).append(nonce).append(',').append(kind).append(",PUBLIC,应用宝,2024-01-02,")
                    .append(unit).append('\n');
        }
        assertThat(importAs("admin", "kinds.csv", csv.toString().getBytes(StandardCharsets.UTF_8)).path("created")
                .asInt()).isEqualTo(4);

        for (String kind : List.of("APP", "小程序", "快应用", "轻应用")) {
            JsonNode app = appNamed("supervisor.wuhan", "按类型" + kind + nonce);
            assertThat(app.path("status").asText()).as(kind).isEqualTo("LIVE_UNFILED");
        }
        for (String kind : List.of("公众号", "工作群", "信息系统")) {
            JsonNode app = appNamed("supervisor.wuhan", "按类型" + kind + nonce);
            assertThat(app.path("status").asText()).as(kind).isEqualTo("REGISTERED");
        }
        JsonNode backlog = api.as("admin").get("/api/backlog?department=" + unit).expectJson(200).json();
        assertThat(backlog.path("total").asLong()).isEqualTo(4);
        backlog.path("items").forEach(i -> {
            assertThat(i.path("deadline").asText()).isEqualTo("2026-07-25");
            assertThat(i.path("launchDate").asText()).isEqualTo("2024-01-02");
            assertThat(i.path("ownerUnitCode").asText()).isEqualTo(unit);
        });
    }

    @Test
    void anXlsxWorkbookImportsOnceWithItsDateAndNumberCells() throws IOException {
        Division district = freshDistrict();
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("存量清单");
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            String[] names = {"类型", "名称", "主办单位编码", "服务对象", "上架平台", "上线日期", "备注"};
            Row header = sheet.createRow(0);
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            String[][] rows = {{"APP", "表格应用"}, {"工作群", "表格工作群"}, {"小程序", "表格小程序"}};
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(rows[i][0]);
                row.createCell(1).setCellValue(rows[i][1] + nonce);
                row.createCell(2).setCellValue(district.code() + "-002");
                row.createCell(3).setCellValue("内部");
                row.createCell(4).setCellValue("浙政钉、应用宝");
                row.createCell(5).setCellValue(LocalDate.of(2023, 3, 4 + i));
                row.getCell(5).setCellStyle(dateStyle);
            }
            Row wrong = sheet.createRow(6);
            wrong.createCell(0).setCellValue("APP");
            wrong.createCell(2).setCellValue(district.code() + "-002");
            book.write(out);
            xlsx = out.toByteArray();
        }

        JsonNode first = importAs("supervisor.wuhan", "存量清单.xlsx", xlsx);
        JsonNode second = importAs("supervisor.wuhan", "存量清单.xlsx", xlsx);

        assertThat(first.path("created").asInt()).as("%s", first).isEqualTo(3);
        assertThat(rejections(first)).containsOnlyKeys(7);
        assertThat(rejections(first).get(7)).contains("名称：请填写", "服务对象：请填写", "上线日期：请填写");
        assertThat(second.path("unchanged").asInt()).isEqualTo(3);
        assertThat(second.path("created").asInt()).isZero();
        JsonNode app = appNamed("supervisor.wuhan", "表格应用" + nonce);
        assertThat(app.path("status").asText()).isEqualTo("LIVE_UNFILED");
        assertThat(app.path("form").path("acceptance").path("date").asText()).isEqualTo("2023-03-04");
        assertThat(app.path("form").path("stores")).extracting(JsonNode::asText).containsExactly("浙政钉", "应用宝");
        assertThat(appNamed("supervisor.wuhan", "表格工作群" + nonce).path("status").asText()).isEqualTo("REGISTERED");
    }

    @Test
    void rowsOfAUnitOutsideTheJurisdictionAreRejectedLikeUnknownOnes() {
        String wuhanName = "辖区内应用" + nonce;
        String csv = "主办单位编码,名称,类型,服务对象,上架平台,上线日期\n"
                + "420500-003,宜昌存量应用" + nonce + ",APP,公众,应用宝,2024-01-01\n"
                + "420100-998,不存在单位应用" + nonce + ",APP,公众,应用宝,2024-01-01\n"
                + "420100-007," + wuhanName + ",APP,公众,应用宝,2024-01-01\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);

        JsonNode wuhan = importAs("supervisor.wuhan", "a.csv", bytes);

        assertThat(rejections(wuhan)).containsExactly(
                Map.entry(2, "主办单位 420500-003 " + OUT_OF_REACH),
                Map.entry(3, "主办单位 420100-998 " + OUT_OF_REACH));
        assertThat(wuhan.path("created").asInt()).isEqualTo(1);
        JsonNode province = importAs("supervisor.hubei", "a.csv", bytes);
        assertThat(province.path("created").asInt()).as("the province reaches Yichang").isEqualTo(1);
        assertThat(province.path("unchanged").asInt()).isEqualTo(1);
        assertThat(rejections(province)).containsOnlyKeys(3);
        api.as("reviewer.yichang").get("/api/apps/" + appNamed("supervisor.wuhan", wuhanName).path("id").asLong())
                .expectProblem(404);
    }

    @Test
    void onlySupervisorsAndOperatorsImportAndReadTheBacklog() {
        byte[] csv = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        for (String user : List.of("applicant.wuhan", "reviewer.wuhan", "observer.wuhan")) {
            assertThat(api.as(user).postFile(IMPORT, "file", "a.csv", csv).expectProblem(403).detail())
                    .contains(ROLE_REFUSAL);
            assertThat(api.as(user).get("/api/backlog").expectProblem(403).detail()).contains(ROLE_REFUSAL);
        }
        api.anonymous().postFile(IMPORT, "file", "a.csv", csv).expectProblem(401);
        api.anonymous().get("/api/backlog").expectProblem(401);
        JsonNode headerOnly = importAs("admin", "a.csv", csv);
        assertThat(headerOnly.path("created").asInt()).isZero();
        assertThat(headerOnly.path("rejected")).isEmpty();
        api.as("supervisor.hubei").get("/api/backlog").expectJson(200);
        // the backlog is the caller's jurisdiction only
        JsonNode wuhan = api.as("supervisor.wuhan").get("/api/backlog?department=420500&size=200").expectJson(200).json();
        assertThat(wuhan.path("total").asLong()).isZero();
    }

    @Test
    void badFilesAndRequestsAreProblemsNamingTheFileNeverServerErrors() {
        Map<String, byte[]> unreadable = new LinkedHashMap<>();
        unreadable.put("missing columns", "主办单位编码,名称\n420100-007,某应用\n".getBytes(StandardCharsets.UTF_8));
        unreadable.put("usage columns only in part", (HEADER.substring(0, HEADER.lastIndexOf(',')) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        unreadable.put("no header", new byte[] {'\n', '\r', '\n'});
        unreadable.put("header twice", "名称,name,类型,服务对象,上架平台,上线日期,主办单位编码\n".getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> f : unreadable.entrySet()) {
            ApiResponse r = api.as("supervisor.wuhan").postFile(IMPORT, "file", "a.csv", f.getValue());
            assertThat(r.status()).as("%s: %s", f.getKey(), r).isEqualTo(400);
            r.assertIsProblem().assertNamesField("file");
        }
        api.as("supervisor.wuhan").postFile(IMPORT, "file", "empty.csv", new byte[0]).expectProblem(400)
                .assertNamesField("file");
        api.as("supervisor.wuhan").postFile(IMPORT, "document", "a.csv", "x".getBytes(StandardCharsets.UTF_8))
                .expectProblem(400).assertNamesField("file");

        Map<String, byte[]> unsupported = new LinkedHashMap<>();
        unsupported.put("old Excel", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        unsupported.put("PDF", "%PDF-1.7\n\u0000\u0001\u0002".getBytes(StandardCharsets.ISO_8859_1));
        unsupported.put("UTF-16 text", HEADER.getBytes(StandardCharsets.UTF_16));
        unsupported.put("a ZIP that is no workbook", new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5});
        for (Map.Entry<String, byte[]> f : unsupported.entrySet()) {
            ApiResponse r = api.as("supervisor.wuhan").postFile(IMPORT, "file", "a.xls", f.getValue());
            assertThat(r.status()).as("%s: %s", f.getKey(), r).isEqualTo(415);
            r.assertIsProblem().assertNamesField("file");
        }
        api.as("supervisor.wuhan").postRaw(IMPORT, "{\"rows\": []}").expectProblem(415).assertNamesField("file");
        api.as("admin").post(IMPORT).expectProblem(415).assertNamesField("file");

        // just over the limit: a client sending far more is cut off by the server before it could read an answer
        StringBuilder big = new StringBuilder(HEADER).append('\n');
        String row = "420100-007,big-file-app,APP,PUBLIC,store,2024-01-01,,,,,,,\n";
        while (big.length() < 5 * 1024 * 1024 + 10_000) {
            big.append(row);
        }
        ApiResponse tooLarge = api.as("supervisor.wuhan").postFile(IMPORT, "file", "big.csv",
                big.toString().getBytes(StandardCharsets.UTF_8)).expectProblem(413);
        tooLarge.assertNamesField("file");
        assertThat(tooLarge.detail()).contains("5 MB");

        api.as("supervisor.wuhan").get("/api/backlog?page=-1").expectProblem(400).assertNamesField("page");
        api.as("supervisor.wuhan").get("/api/backlog?size=0").expectProblem(400).assertNamesField("size");
        api.as("supervisor.wuhan").get("/api/backlog?size=abc").expectProblem(400).assertNamesField("size");
        api.as("supervisor.wuhan").get("/api/backlog?department=" + "4".repeat(41)).expectProblem(400)
                .assertNamesField("department");
    }

    @Test
    void theApplicantFilesALiveUnfiledAppThroughTheNormalFilingFromTheFormPrefilledByTheInventory() {
        String name = "存量城管通" + nonce;
        String csv = "主办单位编码,名称,类型,服务对象,上架平台,上线日期,包名\n"
                + "420100-007," + name + ",APP,公众,华为应用市场、应用宝,2024-05-01,cn.gov.wuhan.inv" + nonce + "\n";
        importAs("supervisor.wuhan", "a.csv", csv.getBytes(StandardCharsets.UTF_8));
        long id = appNamed("supervisor.wuhan", name).path("id").asLong();

        JsonNode live = steps.app("applicant.wuhan", id);
        assertThat(live.path("status").asText()).isEqualTo("LIVE_UNFILED");
        JsonNode prefilled = live.path("form");
        assertThat(prefilled.path("name").asText()).isEqualTo(name);
        assertThat(prefilled.path("kind").asText()).isEqualTo("APP");
        assertThat(prefilled.path("audience").asText()).isEqualTo("PUBLIC");
        assertThat(prefilled.path("stores")).extracting(JsonNode::asText).containsExactly("华为应用市场", "应用宝");
        assertThat(prefilled.path("packageName").asText()).isEqualTo("cn.gov.wuhan.inv" + nonce);
        assertThat(prefilled.path("acceptance").path("date").asText()).isEqualTo("2024-05-01");
        // submitting the pre-filled form alone is refused with what is still missing, and nothing moves
        ApiResponse incomplete = api.as("applicant.wuhan").post("/api/apps/" + id + "/submit").expectProblem(422);
        assertThat(incomplete.errorFields()).contains("handler.name", "functions", "commitmentSigned")
                .doesNotContain("name", "kind", "audience", "stores", "packageName", "acceptance.date");

        // the applicant completes the rest, keeping what the inventory filled in
        ObjectNode form = FormJson.complete("420100-007", name);
        for (String field : List.of("kind", "audience", "stores", "packageName")) {
            form.set(field, prefilled.path(field));
        }
        ((ObjectNode) form.path("acceptance")).put("date", prefilled.path("acceptance").path("date").asText());
        api.as("applicant.wuhan").put("/api/apps/" + id + "/form", form).expectJson(200);
        JsonNode submitted = steps.submit("applicant.wuhan", id);

        assertThat(submitted.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(steps.history("applicant.wuhan", id)).extracting(h -> h.path("to").asText())
                .containsExactly("LIVE_UNFILED", "UNDER_REVIEW");
        assertThat(steps.task("reviewer.wuhan", id, "FIRST_REVIEW")).isNotNull();
        JsonNode backlog = api.as("supervisor.wuhan").get("/api/backlog?size=200&department=420100-007")
                .expectJson(200).json();
        assertThat(backlog.path("items").findValuesAsText("appId")).doesNotContain(String.valueOf(id));
        // another unit's applicant cannot even see it
        api.as("applicant.yichang").get("/api/apps/" + id).expectProblem(404);
    }

    @Test
    void theSweepPastTheDeadlinePutsTheAppOnTheLedgerAndProposesItsExitOnceEvenWhenRunTwice() {
        String late = "逾期存量应用" + nonce;
        String onTime = "期限当日存量应用" + nonce;
        String csv = "主办单位编码,名称,类型,服务对象,上架平台,上线日期\n"
                + "420100-007," + late + ",APP,公众,应用宝,2024-01-01\n"
                + "420100-007," + onTime + ",小程序,内部,微信,2024-01-01\n";
        importAs("supervisor.wuhan", "a.csv", csv.getBytes(StandardCharsets.UTF_8));
        long lateId = appNamed("supervisor.wuhan", late).path("id").asLong();
        long onTimeId = appNamed("supervisor.wuhan", onTime).path("id").asLong();
        var dayAfter = DEADLINE.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
        var deadlineNoon = DEADLINE.atTime(12, 0).atZone(WorkingCalendar.ZONE).toInstant();

        assertThat(sweep.sweep(lateId, dayAfter)).isPresent();
        assertThat(sweep.sweep(lateId, dayAfter)).isEmpty();
        assertThat(sweep.sweep(lateId, dayAfter.plusSeconds(86_400 * 30))).isEmpty();
        assertThat(sweep.sweep(onTimeId, deadlineNoon)).as("not before the deadline has passed").isEmpty();

        List<JsonNode> items = new ArrayList<>();
        api.as("supervisor.wuhan").get("/api/ledger?category=UNFILED&department=420100-007&size=200").expectJson(200)
                .json().path("items").forEach(items::add);
        assertThat(items).filteredOn(i -> i.path("appId").asLong() == lateId).singleElement().satisfies(i -> {
            assertThat(i.path("source").asText()).isEqualTo("INVENTORY");
            assertThat(i.path("finding").asText()).contains(late, "2026-07-25", "已逾期 1 天", "定向退出");
        });
        assertThat(items).noneMatch(i -> i.path("appId").asLong() == onTimeId);
        long itemId = items.stream().filter(i -> i.path("appId").asLong() == lateId).findFirst().orElseThrow()
                .path("id").asLong();

        List<JsonNode> notices = new ArrayList<>();
        api.as("supervisor.wuhan").get("/api/notices?size=200").expectJson(200).json().path("items")
                .forEach(notices::add);
        assertThat(notices).filteredOn(n -> n.path("subjectType").asText().equals("APP")
                && n.path("subjectId").asLong() == lateId).singleElement().satisfies(n -> {
            assertThat(n.path("kind").asText()).isEqualTo("FILING_OVERDUE");
            assertThat(n.path("recipient").asText()).isEqualTo("supervisor:420100");
            assertThat(n.path("appId").asLong()).isEqualTo(lateId);
            assertThat(n.path("text").asText()).contains(late, "建议定向退出", "台账 " + itemId);
        });
        assertThat(notices).noneMatch(n -> n.path("subjectId").asLong() == onTimeId
                && n.path("subjectType").asText().equals("APP"));
        // the owner sees the item to fix; the app is still live but unfiled, now marked in the backlog
        api.as("applicant.wuhan").get("/api/ledger/" + itemId).expectJson(200);
        JsonNode backlog = api.as("supervisor.wuhan").get("/api/backlog?size=200&department=420100-007")
                .expectJson(200).json();
        List<JsonNode> rows = new ArrayList<>();
        backlog.path("items").forEach(rows::add);
        assertThat(rows).filteredOn(r -> r.path("appId").asLong() == lateId).singleElement().satisfies(r -> {
            assertThat(r.path("exitProposed").asBoolean()).isTrue();
            assertThat(r.path("ledgerItemId").asLong()).isEqualTo(itemId);
        });
        assertThat(steps.status("applicant.wuhan", lateId)).isEqualTo("LIVE_UNFILED");
    }
}
