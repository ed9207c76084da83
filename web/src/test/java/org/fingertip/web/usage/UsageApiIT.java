package org.fingertip.web.usage;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Usage facts over real HTTP as the demo users: one month by PUT and the history by GET, and the bulk import of GBK
 * and UTF-8 CSV and of XLSX, with every kind of bad row reported by its line while the good rows load. Values carry a
 * number drawn per test, so that a first import always changes what earlier runs (or the demo data) left.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UsageApiIT {
    private static final String IMPORT = "/api/usage/import";
    private static final String CHINESE_HEADER = "应用编号,备案号,月份,月活跃用户数,服务对象规模,最近更新日期,最近发布日期,服务是否可用";
    private static final String OUT_OF_REACH = "不在您的辖区内或不存在";
    private static final String ROLE_REFUSAL = "您的角色无权";

    @LocalServerPort
    int port;

    ApiClient api;
    LocalDate today;
    YearMonth thisMonth;
    long nonce;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        today = LocalDate.now(WorkingCalendar.ZONE);
        thisMonth = YearMonth.from(today);
        nonce = ThreadLocalRandom.current().nextLong(1_000_000, 400_000_000);
    }

    // ---- one month by PUT, the history by GET ------------------------------------------------------------------------

    private ObjectNode body(long users, long audience, LocalDate lastUpdate, LocalDate lastPost, boolean answer) {
        ObjectNode b = api.mapper().createObjectNode();
        b.put("monthlyActiveUsers", users);
        b.put("audienceSize", audience);
        b.put("lastUpdate", lastUpdate.toString());
        b.put("lastPost", lastPost.toString());
        b.put("servicesAnswer", answer);
        return b;
    }

    private String usagePath(long appId, YearMonth month) {
        return "/api/apps/" + appId + "/usage/" + month;
    }

    /** An app of the Wuhan city management committee (applicant.wuhan's unit) that was filed. */
    private long ownFiledApp() {
        JsonNode page = api.as("applicant.wuhan").get("/api/apps?status=FILED&size=200").expectJson(200).json();
        assertThat(page.path("items")).as("filed apps of applicant.wuhan's unit").isNotEmpty();
        return page.path("items").get(0).path("id").asLong();
    }

    @Test
    void givenAMonthPut_thenItReadsBackNewestFirstAndTheSameValuesAgainChangeNothing() {
        long appId = ownFiledApp();
        YearMonth month = thisMonth.minusMonths(1);
        LocalDate lastUpdate = month.atDay(3);
        LocalDate lastPost = month.atEndOfMonth();
        ObjectNode values = body(nonce, nonce * 4, lastUpdate, lastPost, true);

        JsonNode first = api.as("applicant.wuhan").put(usagePath(appId, month), values).expectJson(200).json();
        JsonNode again = api.as("supervisor.wuhan").put(usagePath(appId, month), values).expectJson(200).json();
        JsonNode corrected = api.as("supervisor.wuhan").put(usagePath(appId, month),
                body(nonce + 1, nonce * 4, lastUpdate, lastPost, false)).expectJson(200).json();
        JsonNode history = api.as("observer.wuhan").get("/api/apps/" + appId + "/usage").expectJson(200).json();

        assertThat(first.path("changed").asBoolean()).isTrue();
        assertThat(first.path("appId").asLong()).isEqualTo(appId);
        assertThat(first.path("month").asText()).isEqualTo(month.toString());
        assertThat(first.path("monthlyActiveUsers").asLong()).isEqualTo(nonce);
        assertThat(first.path("audienceSize").asLong()).isEqualTo(nonce * 4);
        assertThat(first.path("lastUpdate").asText()).isEqualTo(lastUpdate.toString());
        assertThat(first.path("lastPost").asText()).isEqualTo(lastPost.toString());
        assertThat(first.path("servicesAnswer").asBoolean()).isTrue();
        assertThat(first.path("recordedBy").asText()).isEqualTo("applicant.wuhan");
        assertThat(again.path("changed").asBoolean()).isFalse();
        assertThat(again.path("recordedBy").asText()).isEqualTo("applicant.wuhan");
        assertThat(again.path("recordedAt").asText()).isEqualTo(first.path("recordedAt").asText());
        assertThat(corrected.path("changed").asBoolean()).isTrue();
        assertThat(corrected.path("recordedBy").asText()).isEqualTo("supervisor.wuhan");

        List<String> months = new ArrayList<>();
        history.forEach(m -> months.add(m.path("month").asText()));
        assertThat(months).hasSizeBetween(1, 24).isSortedAccordingTo((a, b) -> b.compareTo(a)).contains(month.toString());
        JsonNode stored = history.get(months.indexOf(month.toString()));
        assertThat(stored.path("monthlyActiveUsers").asLong()).isEqualTo(nonce + 1);
        assertThat(stored.path("servicesAnswer").asBoolean()).isFalse();
        assertThat(stored.has("changed")).isFalse();
    }

    @Test
    void onlyTheOwnerUnitAndTheJurisdictionsSupervisorsAndOperatorsRecord() {
        long appId = ownFiledApp();
        YearMonth month = thisMonth.minusMonths(2);
        ObjectNode values = body(nonce, nonce, month.atDay(1), month.atDay(2), true);

        api.as("applicant.yichang").put(usagePath(appId, month), values).expectProblem(404);
        api.as("applicant.yichang").get("/api/apps/" + appId + "/usage").expectProblem(404);
        api.as("reviewer.yichang").get("/api/apps/" + appId + "/usage").expectProblem(404);
        for (String user : List.of("reviewer.wuhan", "observer.wuhan")) {
            assertThat(api.as(user).put(usagePath(appId, month), values).expectProblem(403).detail())
                    .contains(ROLE_REFUSAL);
        }
        api.as("admin").put(usagePath(appId, month), values).expectJson(200);
        api.as("reviewer.wuhan").get("/api/apps/" + appId + "/usage").expectJson(200);
        api.anonymous().get("/api/apps/" + appId + "/usage").expectProblem(401);
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        long appId = ownFiledApp();
        YearMonth month = thisMonth.minusMonths(1);
        String path = usagePath(appId, month);
        Map<String, Consumer<ObjectNode>> wrong = new LinkedHashMap<>();
        wrong.put("monthlyActiveUsers", b -> b.put("monthlyActiveUsers", -1));
        wrong.put("audienceSize", b -> b.put("audienceSize", "12"));
        wrong.put("lastUpdate", b -> b.put("lastUpdate", month + "-30x"));
        wrong.put("lastPost", b -> b.put("lastPost", today.plusDays(1).toString()));
        wrong.put("servicesAnswer", b -> b.put("servicesAnswer", "yes"));
        for (Map.Entry<String, Consumer<ObjectNode>> w : wrong.entrySet()) {
            ObjectNode b = body(nonce, nonce, month.atDay(1), month.atDay(2), true);
            w.getValue().accept(b);
            api.as("applicant.wuhan").put(path, b).expectProblem(400).assertNamesField(w.getKey());
        }
        ObjectNode missing = body(nonce, nonce, month.atDay(1), month.atDay(2), true);
        missing.remove("servicesAnswer");
        api.as("applicant.wuhan").put(path, missing).expectProblem(400).assertNamesField("servicesAnswer");
        ObjectNode lateUpdate = body(nonce, nonce, month.atEndOfMonth().plusDays(1), month.atDay(2), true);
        if (!lateUpdate.path("lastUpdate").asText().equals(today.plusDays(1).toString())) {
            api.as("applicant.wuhan").put(path, lateUpdate).expectProblem(400).assertNamesField("lastUpdate");
        }
        ObjectNode good = body(nonce, nonce, month.atDay(1), month.atDay(2), true);
        for (String badMonth : List.of("2025-13", thisMonth.plusMonths(1).toString(), "202501", "1999-12")) {
            api.as("applicant.wuhan").put("/api/apps/" + appId + "/usage/" + badMonth, good).expectProblem(400)
                    .assertNamesField("month");
        }
        ObjectNode unknown = body(nonce, nonce, month.atDay(1), month.atDay(2), true);
        unknown.put("dailyUsers", 3);
        api.as("applicant.wuhan").put(path, unknown).expectProblem(400).assertNamesField("dailyUsers");
        // none of them was stored
        JsonNode history = api.as("applicant.wuhan").get("/api/apps/" + appId + "/usage").expectJson(200).json();
        history.forEach(m -> assertThat(m.path("monthlyActiveUsers").asLong()).isNotEqualTo(nonce));
    }

    // ---- import ------------------------------------------------------------------------------------------------------

    /** Apps the user sees (not drafts): id and filing number (null when it has none). */
    private record Target(long id, String filingNumber) {
    }

    private List<Target> appsOf(String user, String query) {
        JsonNode page = api.as(user).get("/api/apps?size=200" + query).expectJson(200).json();
        List<Target> targets = new ArrayList<>();
        page.path("items").forEach(i -> targets.add(new Target(i.path("id").asLong(),
                i.path("filingNumber").isTextual() ? i.path("filingNumber").asText() : null)));
        return targets;
    }

    private JsonNode importAs(String user, String filename, byte[] content) {
        return api.as(user).postFile(IMPORT, "file", filename, content).expectJson(200).json();
    }

    private static Map<Integer, String> rejections(JsonNode result) {
        Map<Integer, String> byLine = new LinkedHashMap<>();
        result.path("rejected").forEach(r -> byLine.put(r.path("line").asInt(), r.path("reason").asText()));
        return byLine;
    }

    /**
     * A thousand rows of Wuhan's apps, twelve months each, as a GBK file with CRLF line ends, some fields quoted and
     * some dates written as Chinese spreadsheets show them; seven rows are bad, one of each kind.
     */
    @Test
    void givenAThousandRowGbkFileWithSevenBadRows_thenTheGoodRowsLoadOnceAndTheBadOnesAreNamedByLine() {
        List<Target> wuhan = appsOf("supervisor.wuhan", "");
        assertThat(wuhan).as("Wuhan's apps").hasSizeGreaterThanOrEqualTo(84);
        Target yichang = appsOf("supervisor.hubei", "&department=420500&status=FILED").get(0);
        Map<Integer, String> bad = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        int good = 0;
        int app = 0;
        int monthIndex = 0;
        for (int row = 0; row < 1000; row++) {
            int line = row + 2;
            Target t = wuhan.get(app);
            YearMonth month = thisMonth.minusMonths(12 - monthIndex);
            String id = t.filingNumber() != null && row % 2 == 0 ? "" : Long.toString(t.id());
            String number = id.isEmpty() ? "\"" + t.filingNumber() + "\"" : "";
            long users = nonce + row;
            String update = row % 10 == 0 ? month.getYear() + "/" + month.getMonthValue() + "/5" : month.atDay(5).toString();
            String post = row % 10 == 1 ? month.getYear() + "年" + month.getMonthValue() + "月20日" : month.atDay(20).toString();
            String[] cells = {id, number, month.toString(), Long.toString(users), Long.toString(users * 3), update, post,
                    row % 3 == 0 ? "否" : "是"};
            switch (line) {
                case 57 -> { cells[0] = "987654321987"; cells[1] = ""; bad.put(line, OUT_OF_REACH); }
                case 200 -> { cells[2] = "2025-13"; bad.put(line, "月份：月份格式应为 yyyy-MM"); }
                case 333 -> { cells[3] = "-5"; bad.put(line, "月活跃用户数：不能为负数"); }
                case 480 -> { cells[5] = today.plusDays(10).toString(); bad.put(line, "最近更新日期：不能晚于今天"); }
                case 612 -> { cells[7] = "也许"; bad.put(line, "服务是否可用：应为 是/否"); }
                case 777 -> { cells[4] = ""; bad.put(line, "服务对象规模：请填写服务对象规模"); }
                case 1001 -> { cells[0] = Long.toString(yichang.id()); cells[1] = ""; bad.put(line, OUT_OF_REACH); }
                default -> {
                    good++;
                    monthIndex++;
                    if (monthIndex == 12) {
                        monthIndex = 0;
                        app++;
                    }
                }
            }
            lines.add(String.join(",", cells));
        }
        assertThat(good).isEqualTo(993);
        byte[] gbk = (CHINESE_HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n").getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(gbk)))
                .as("the file is not UTF-8").isInstanceOf(CharacterCodingException.class);

        JsonNode first = importAs("supervisor.wuhan", "usage-gbk.csv", gbk);
        JsonNode second = importAs("supervisor.wuhan", "usage-gbk.csv", gbk);

        assertThat(first.path("loaded").asInt()).as("%s", first).isEqualTo(993);
        assertThat(first.path("unchanged").asInt()).isZero();
        Map<Integer, String> rejected = rejections(first);
        assertThat(rejected.keySet()).containsExactlyElementsOf(bad.keySet());
        bad.forEach((line, reason) -> assertThat(rejected.get(line)).as("line %s", line).contains(reason));
        assertThat(rejected.get(57)).isEqualTo("应用编号 987654321987 " + OUT_OF_REACH);
        assertThat(rejected.get(1001)).isEqualTo("应用编号 " + yichang.id() + " " + OUT_OF_REACH);
        assertThat(second.path("loaded").asInt()).as("%s", second).isZero();
        assertThat(second.path("unchanged").asInt()).isEqualTo(993);
        assertThat(rejections(second)).isEqualTo(rejected);

        // the first row of the file as stored: by filing number or id, its month and values
        JsonNode history = api.as("supervisor.wuhan").get("/api/apps/" + wuhan.get(0).id() + "/usage").expectJson(200).json();
        YearMonth firstMonth = thisMonth.minusMonths(12);
        JsonNode stored = null;
        for (JsonNode m : history) {
            if (m.path("month").asText().equals(firstMonth.toString())) {
                stored = m;
            }
        }
        assertThat(stored).as("%s in %s", firstMonth, history).isNotNull();
        assertThat(stored.path("monthlyActiveUsers").asLong()).isEqualTo(nonce);
        assertThat(stored.path("lastUpdate").asText()).isEqualTo(firstMonth.atDay(5).toString());
        assertThat(stored.path("servicesAnswer").asBoolean()).isFalse();
        assertThat(stored.path("recordedBy").asText()).isEqualTo("supervisor.wuhan");
    }

    /** Two filed apps of the province, twelve months each, by filing number only. */
    private List<String[]> filedRows(String user) {
        List<Target> filed = appsOf(user, "&status=FILED");
        assertThat(filed).hasSizeGreaterThanOrEqualTo(2);
        List<String[]> rows = new ArrayList<>();
        for (int a = 0; a < 2; a++) {
            for (int m = 1; m <= 12; m++) {
                YearMonth month = thisMonth.minusMonths(m);
                long users = nonce + a * 100 + m;
                rows.add(new String[] {filed.get(a).filingNumber(), month.toString(), Long.toString(users),
                        Long.toString(users * 2), month.atDay(2).toString(), month.atDay(9).toString(),
                        m % 2 == 0 ? "true" : "0"});
            }
        }
        return rows;
    }

    @Test
    void givenAUtf8FileWithAByteOrderMarkAndEnglishHeadersInAnotherOrder_thenItLoadsOnce() {
        List<String[]> rows = filedRows("admin");
        StringBuilder csv = new StringBuilder("\uFEFFservicesAnswer, filingNumber ,month,monthlyActiveUsers,audienceSize,"
                + "lastUpdate,lastPost,note\n");
        for (String[] r : rows) {
            csv.append(r[6]).append(',').append(r[0]).append(',').append(r[1]).append(',').append(r[2]).append(',')
                    .append(r[3]).append(',').append(r[4]).append(',').append(r[5]).append(",\"备注，含逗号\n和换行\"\n");
        }
        byte[] utf8 = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(utf8[0]).isEqualTo((byte) 0xEF);

        JsonNode first = importAs("admin", "usage-utf8.csv", utf8);
        JsonNode second = importAs("admin", "usage-utf8.csv", utf8);

        assertThat(first.path("loaded").asInt()).as("%s", first).isEqualTo(24);
        assertThat(first.path("rejected")).isEmpty();
        assertThat(second.path("loaded").asInt()).isZero();
        assertThat(second.path("unchanged").asInt()).isEqualTo(24);
    }

    @Test
    void givenAnXlsxWorkbookWithDateAndNumberCells_thenItLoadsOnce() throws IOException {
        List<String[]> rows = filedRows("supervisor.hubei");
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("使用情况");
            CellStyle monthStyle = book.createCellStyle();
            monthStyle.setDataFormat(book.createDataFormat().getFormat("yyyy\"年\"m\"月\""));
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d"));
            CellStyle thousands = book.createCellStyle();
            thousands.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            Row header = sheet.createRow(0);
            String[] names = {"备案号", "月份", "月活跃用户数", "服务对象规模", "最近更新日期", "最近发布日期", "服务是否可用"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int i = 0; i < rows.size(); i++) {
                String[] r = rows.get(i);
                // a blank row between the months of the two apps: skipped, but the line numbers keep counting
                Row row = sheet.createRow(i < 12 ? i + 1 : i + 2);
                row.createCell(0).setCellValue(r[0]);
                row.createCell(1).setCellValue(YearMonth.parse(r[1]).atDay(1));
                row.getCell(1).setCellStyle(monthStyle);
                row.createCell(2).setCellValue(Double.parseDouble(r[2]));
                row.getCell(2).setCellStyle(thousands);
                row.createCell(3).setCellValue(Double.parseDouble(r[3]));
                row.createCell(4).setCellValue(LocalDate.parse(r[4]));
                row.getCell(4).setCellStyle(dateStyle);
                row.createCell(5).setCellValue(LocalDate.parse(r[5]));
                row.getCell(5).setCellStyle(dateStyle);
                row.createCell(6).setCellValue(r[6].equals("true"));
            }
            Row wrong = sheet.createRow(rows.size() + 3);
            wrong.createCell(0).setCellValue(rows.get(0)[0]);
            wrong.createCell(1).setCellValue("2025-13");
            book.write(out);
            xlsx = out.toByteArray();
        }

        JsonNode first = importAs("supervisor.hubei", "usage.xlsx", xlsx);
        JsonNode second = importAs("supervisor.hubei", "usage.xlsx", xlsx);

        assertThat(first.path("loaded").asInt()).as("%s", first).isEqualTo(24);
        assertThat(rejections(first)).containsOnlyKeys(rows.size() + 4);
        assertThat(rejections(first).get(rows.size() + 4)).contains("月份：月份格式应为 yyyy-MM", "请填写月活跃用户数");
        assertThat(second.path("unchanged").asInt()).as("%s", second).isEqualTo(24);
        assertThat(second.path("loaded").asInt()).isZero();
    }

    @Test
    void onlySupervisorsAndOperatorsImport() {
        byte[] csv = (CHINESE_HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        for (String user : List.of("applicant.wuhan", "reviewer.wuhan", "observer.wuhan")) {
            ApiResponse r = api.as(user).postFile(IMPORT, "file", "usage.csv", csv).expectProblem(403);
            assertThat(r.detail()).contains(ROLE_REFUSAL);
        }
        api.anonymous().postFile(IMPORT, "file", "usage.csv", csv).expectProblem(401);
        JsonNode headerOnly = importAs("supervisor.wuhan", "usage.csv", csv);
        assertThat(headerOnly.path("loaded").asInt()).isZero();
        assertThat(headerOnly.path("rejected")).isEmpty();
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedWithAClearProblem() {
        StringBuilder csv = new StringBuilder(CHINESE_HEADER).append('\n');
        while (csv.length() < 5 * 1024 * 1024 + 10_000) {
            csv.append("1,,2025-01,1,1,2025-01-01,2025-01-01,是\n");
        }

        ApiResponse r = api.as("supervisor.wuhan").postFile(IMPORT, "file", "big.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8)).expectProblem(413);

        r.assertNamesField("file");
        assertThat(r.detail()).contains("5 MB");
    }

    @Test
    void aFileThatCannotBeReadAsAWholeIsABadRequestNamingTheFile() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("missing column", "应用编号,月份,月活跃用户数\n1,2025-01,3\n".getBytes(StandardCharsets.UTF_8));
        files.put("no header", new byte[] {'\n', '\n'});
        files.put("old Excel", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        files.put("broken zip", new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5});
        files.put("UTF-16 text", "应用编号,月份".getBytes(StandardCharsets.UTF_16));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            ApiResponse r = api.as("supervisor.wuhan").postFile(IMPORT, "file", "usage.csv", f.getValue());
            assertThat(r.status()).as("%s: %s", f.getKey(), r).isEqualTo(400);
            r.assertIsProblem().assertNamesField("file");
        }
        api.as("supervisor.wuhan").postFile(IMPORT, "document", "usage.csv", "x".getBytes(StandardCharsets.UTF_8))
                .expectProblem(400).assertNamesField("file");
        api.as("supervisor.wuhan").post(IMPORT).expectProblem(400).assertNamesField("file");
        api.as("supervisor.wuhan").postFile(IMPORT, "file", "empty.csv", new byte[0]).expectProblem(400)
                .assertNamesField("file");
    }
}
