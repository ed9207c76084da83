package org.fingertip.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.management.ObjectName;

import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.export.ExportRecord;
import org.fingertip.registry.export.ExportRecords;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.demo.DemoData;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.ExportedSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The export of 100,000 apps in a JVM capped at 512 MiB of heap — the server runs in this JVM, so the cap is the
 * export's — read back with a streaming reader and converted to CSV by LibreOffice (a real spreadsheet program), both
 * with the header rows and 100,000 data rows. Not part of the normal runs (web/pom.xml leaves it out by name); .ci/run
 * runs it in a stage of its own:
 * {@code mvn -B verify -pl web -DskipUTs=true -Dit.test=LargeExportIT -DargLine=-Xmx512m}. It prints one line of
 * figures ({@code LARGE_EXPORT {...}}): the rows, the export's time, the file's size, and the heap.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LargeExportIT {
    private static final int ROWS = 100_000;
    private static final int BATCH = 2_000;
    private static final long HEAP_CAP = 512L * 1024 * 1024;
    private static final Path SOFFICE = Path.of("/usr/bin/soffice");
    private static final String USER = "supervisor.hubei";
    /** The first app's status time; each next one a minute later. */
    private static final Instant T0 = Instant.parse("2026-01-25T00:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Departments departments;
    @Autowired
    ExportRecords records;

    /** A city of Hubei with one unit that no other test knows; returns the unit. */
    private Unit freshUnit() {
        Division hubei = departments.division("420000").orElseThrow();
        String code;
        do {
            code = "4299" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        } while (departments.division(code).isPresent());
        Division city = hubei.child(code, "导出压力测试市" + code, DivisionLevel.CITY);
        departments.save(city);
        Unit unit = new Unit(code + "-001", "导出压力测试单位" + code, city);
        departments.save(unit);
        return unit;
    }

    /** 100,000 filed apps of the unit, straight into the table in batches: what the registry would hold. */
    private void generateApps(Unit unit) {
        String path = unit.division().path();
        String sql = "INSERT INTO app (name, kind, audience, owner_unit_code, owner_division_path, level, status, "
                + "status_since, filing_number, filed_at, form_json, findings_json, gaps_json, created_by, created_at, "
                + "version) VALUES (?, ?, ?, ?, ?, 'CITY', 'FILED', ?, ?, ?, '{}', '[]', '[]', 'large-export-test', ?, "
                + "0)";
        String[] kinds = {"APP", "MINI_PROGRAM", "PUBLIC_ACCOUNT", "WORK_GROUP"};
        for (int from = 0; from < ROWS; from += BATCH) {
            List<Object[]> batch = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(ROWS, from + BATCH); i++) {
                Timestamp at = Timestamp.from(T0.plusSeconds(i * 60L));
                batch.add(new Object[] {"压力测试应用" + i, kinds[i % kinds.length], i % 3 == 0 ? "INTERNAL" : "PUBLIC",
                        unit.code(), path, at, "测试备" + unit.division().code() + String.format("%06d", i), at, at});
            }
            jdbc.batchUpdate(sql, batch);
        }
    }

    @Test
    void aHundredThousandAppsExportInAFlatHeapAndOpenInLibreOffice() throws Exception {
        long maxHeap = Runtime.getRuntime().maxMemory();
        assertThat(maxHeap).as("this test runs with -Xmx512m (see the class comment)").isLessThanOrEqualTo(HEAP_CAP);
        assertThat(SOFFICE).as("LibreOffice Calc (apt-get install libreoffice-calc)").isExecutable();

        Unit unit = freshUnit();
        long generating = System.nanoTime();
        generateApps(unit);
        double generated = seconds(generating);
        String query = "department=" + unit.code();
        long total = new ApiClient(port).as(USER).get("/api/apps?size=1&" + query).expectJson(200).json()
                .path("total").asLong();
        assertThat(total).isEqualTo(ROWS);

        Path dir = Files.createTempDirectory("large-export");
        try {
            Path file = dir.resolve("apps.xlsx");
            HeapWatch heap = HeapWatch.start();
            long exporting = System.nanoTime();
            HttpResponse<Path> response = HttpClient.newHttpClient().send(HttpRequest
                    .newBuilder(URI.create("http://localhost:" + port + "/api/apps/export.xlsx?" + query))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (USER + ":" + DemoData.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .timeout(Duration.ofMinutes(10)).GET().build(), HttpResponse.BodyHandlers.ofFile(file));
            double exported = seconds(exporting);
            heap.stop();
            // the rows pass through, a page at a time (two while a page is mapped), whatever the list's length
            assertThat(heap.samples.get()).as("the heap looked at while the export ran").isGreaterThanOrEqualTo(3);
            assertThat(heap.rowsHeld.get()).as("rows of the list held at once")
                    .isLessThanOrEqualTo(2L * XlsxExports.PAGE_SIZE);
            assertThat(response.statusCode()).as("%s", response.headers()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue(XlsxExports.MEDIA_TYPE);

            ExportRecord recorded = records.byUser(USER, 1).get(0);
            assertThat(recorded.list()).isEqualTo("apps");
            assertThat(recorded.rows()).isEqualTo(ROWS);
            assertThat(recorded.filters()).isEqualTo("部门：" + unit.code());

            long reading = System.nanoTime();
            ExportedSheet.Streamed read = ExportedSheet.stream(file, 2);
            double readBack = seconds(reading);
            assertThat(read.head().get(0)).containsExactly("应用台账");
            assertThat(read.head().get(1).get(0)).isEqualTo("筛选条件：部门：" + unit.code());
            assertThat(read.head().get(1)).anyMatch(c -> c.startsWith("导出时间："))
                    .contains("导出人：" + USER);
            assertThat(read.head().get(2)).startsWith("应用编号", "应用名称", "类型");
            assertThat(read.dataRows()).isEqualTo(ROWS);
            // newest first, as the list: the last generated app heads the file
            assertThat(read.firstRows().get(0).get(1)).isEqualTo("压力测试应用" + (ROWS - 1));

            long converting = System.nanoTime();
            Path csv = libreOfficeCsv(file, dir);
            double converted = seconds(converting);
            long lines;
            List<String> head = new ArrayList<>();
            try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                lines = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (lines < 4) {
                        head.add(line);
                    }
                    lines++;
                }
            }
            assertThat(lines).as("the header rows and the data rows of the CSV").isEqualTo(3 + ROWS);
            assertThat(fields(head.get(0)).get(0)).isEqualTo("应用台账");
            List<String> facts = fields(head.get(1));
            assertThat(facts.get(0)).isEqualTo("筛选条件：部门：" + unit.code());
            assertThat(facts).anyMatch(c -> c.matches("导出时间：\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}（北京时间）"))
                    .contains("导出人：" + USER);
            assertThat(fields(head.get(2))).containsExactly("应用编号", "应用名称", "类型", "服务对象", "状态", "备案编号",
                    "主办单位编码", "主办单位", "主办单位层级", "状态变更时间");
            // the newest app first, its date cell as LibreOffice shows it with its format, in Beijing time
            String lastSince = LocalDateTime.ofInstant(T0.plusSeconds((ROWS - 1) * 60L), WorkingCalendar.ZONE)
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
            List<String> first = fields(head.get(3));
            assertThat(first.get(1)).isEqualTo("压力测试应用" + (ROWS - 1));
            assertThat(first.get(4)).isEqualTo("已备案");
            assertThat(first.get(8)).isEqualTo("市级");
            assertThat(first.get(9)).isEqualTo(lastSince);

            System.out.printf("LARGE_EXPORT {\"rows\": %d, \"generate_s\": %.1f, \"export_s\": %.1f, "
                            + "\"file_bytes\": %d, "
                            + "\"max_heap_mib\": %d, \"heap_before_mib\": %d, \"live_heap_max_during_export_mib\": %d, "
                            + "\"rows_held_max\": %d, \"heap_samples\": %d, \"stream_read_s\": %.1f, "
                            + "\"libreoffice_csv_s\": %.1f, \"csv_lines\": %d}%n",
                    ROWS, generated, exported, Files.size(file), mib(maxHeap), mib(heap.before),
                    mib(heap.liveMax.get()), heap.rowsHeld.get(), heap.samples.get(), readBack, converted, lines);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * {@code soffice --headless --convert-to csv} (UTF-8, comma-separated) with a throwaway profile and HOME, so that
     * nothing is written under the user's home.
     */
    private static Path libreOfficeCsv(Path xlsx, Path dir) throws IOException, InterruptedException {
        Path home = Files.createDirectories(dir.resolve("home"));
        ProcessBuilder pb = new ProcessBuilder(SOFFICE.toString(),
                "-env:UserInstallation=" + home.resolve("profile").toUri(), "--headless", "--norestore",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
                "--outdir", dir.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile());
        pb.environment().put("HOME", home.toString());
        Process soffice = pb.start();
        boolean done = soffice.waitFor(10, TimeUnit.MINUTES);
        if (!done) {
            soffice.destroyForcibly();
        }
        String log = Files.readString(dir.resolve("soffice.log"));
        assertThat(done).as("LibreOffice finished within 10 minutes: %s", log).isTrue();
        assertThat(soffice.exitValue()).as("LibreOffice: %s", log).isZero();
        Path csv = dir.resolve(xlsx.getFileName().toString().replace(".xlsx", ".csv"));
        assertThat(csv).as("LibreOffice wrote the CSV: %s", log).exists();
        return csv;
    }

    /** The fields of one CSV line as LibreOffice writes it (text in double quotes, "" for a quote; no line breaks). */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }

    /**
     * The heap while the export runs, about every second: a class histogram of the live objects (it collects first, so
     * garbage is not counted) — how many rows of the list are held at that moment, as the core's {@code AppSummary}
     * and the adapter's {@code AppSummaryRow}, and how much is live in all (the embedded database's own work included).
     */
    private static final class HeapWatch {
        private static final Pattern LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
        private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");
        private static final Set<String> ROW_CLASSES = Set.of("org.fingertip.registry.app.AppSummary",
                "org.fingertip.db.app.AppSummaryRow");
        private final AtomicLong rowsHeld = new AtomicLong();
        private final AtomicLong liveMax = new AtomicLong();
        private final AtomicLong samples = new AtomicLong();
        private volatile boolean running = true;
        private Thread sampler;
        private long before;

        static HeapWatch start() {
            HeapWatch w = new HeapWatch();
            System.gc();
            w.before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            w.sampler = new Thread(() -> {
                while (w.running) {
                    try {
                        Thread.sleep(500);
                        w.sample();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            w.sampler.setDaemon(true);
            w.sampler.start();
            return w;
        }

        /**
         * One look: the smaller of two histograms a moment apart. A histogram skips its collection while a thread holds
         * the GC locker (the export's compression does, often), and then counts garbage too; garbage does not outlive
         * the next collection, while rows that are held show in both.
         */
        private void sample() throws InterruptedException {
            long[] first = histogram();
            Thread.sleep(200);
            long[] second = histogram();
            rowsHeld.accumulateAndGet(Math.min(first[0], second[0]), Math::max);
            liveMax.accumulateAndGet(Math.min(first[1], second[1]), Math::max);
            samples.incrementAndGet();
        }

        /** The most instances of a row class of the list, and the live bytes in all. */
        private static long[] histogram() {
            String histogram;
            try {
                histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                        new Object[] {null}, new String[] {String[].class.getName()});
            } catch (Exception e) {
                throw new IllegalStateException("no class histogram", e);
            }
            long rows = 0;
            long live = 0;
            for (String line : histogram.split("\n")) {
                Matcher m = LINE.matcher(line);
                if (m.find() && ROW_CLASSES.contains(m.group(3))) {
                    rows = Math.max(rows, Long.parseLong(m.group(1)));
                }
                Matcher t = TOTAL.matcher(line);
                if (t.find()) {
                    live = Long.parseLong(t.group(2));
                }
            }
            return new long[] {rows, live};
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.interrupt();
            sampler.join();
        }
    }
}
