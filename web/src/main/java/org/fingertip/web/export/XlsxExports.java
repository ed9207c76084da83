package org.fingertip.web.export;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.export.ExportRecord;
import org.fingertip.registry.export.ExportRecords;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.Labelled;
import org.fingertip.web.ledger.AttachmentDownloads;
import org.mybatis.spring.SqlSessionTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a list as an .xlsx file: the title, the filters with the export's time and user, the header (bold, frozen,
 * with a filter), then the rows — read from the list's own query a page at a time into POI's streaming workbook, which
 * keeps {@value #ROW_WINDOW} rows in memory and the rest in a compressed temporary file, so the heap stays flat
 * however long the list is. Every export is recorded.
 */
@Component
public class XlsxExports {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Rows read at a time: each page costs the database a query (an offset), each row a little heap. */
    static final int PAGE_SIZE = 5_000;
    static final int ROW_WINDOW = 100;
    /** Title, filters, header. */
    static final int HEAD_ROWS = 3;
    /** What one sheet holds below its head: Excel's limit, not a rule of ours. */
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - HEAD_ROWS;

    private static final Logger LOG = LoggerFactory.getLogger(XlsxExports.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(WorkingCalendar.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(WorkingCalendar.ZONE);
    /** The widths, in characters, that the export time and the exporter need in the second row. */
    private static final int TIME_WIDTH = 34;
    private static final int USER_WIDTH = 22;

    private final ExportRecords records;
    private final Clock clock;
    private final MessageSource messages;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate ownTransaction;
    private final SqlSessionTemplate sqlSession;

    XlsxExports(ExportRecords records, Clock clock, MessageSource messages, PlatformTransactionManager transactions,
                SqlSessionTemplate sqlSession) {
        this.records = records;
        this.sqlSession = sqlSession;
        this.clock = clock;
        this.messages = messages;
        // One snapshot for the total and every page: under READ COMMITTED a row added or moved between two pages would
        // shift the offsets and be written twice or not at all, and the file would no longer hold the list's total.
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Answers the request with the list as a file. Bad filters, a foreign jurisdiction or a list too long for a sheet
     * are refused by exceptions before a byte is written; so is every failure to read the list or to record the
     * export.
     */
    public <R> void write(Actor actor, ExportSheet<R> sheet, HttpServletResponse response) throws IOException {
        Instant now = clock.instant();
        String filters = words(sheet.filters());
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            long rows = snapshot.execute(s -> new SheetWriter<>(workbook, sheet, filters, actor, now).fill());
            // Recorded once the rows are read (so the count is the file's) and before the first byte leaves, in a
            // transaction of its own: an export that cannot be recorded is not handed out, and one that is cut off on
            // the way (the client gone) stays recorded, since part of it may have left.
            ownTransaction.executeWithoutResult(s ->
                    records.add(ExportRecord.of(actor.username(), sheet.list(), filters, rows, now)));
            // server.servlet.encoding.force gives every answer a charset; a workbook's bytes have none
            response.setCharacterEncoding((String) null);
            response.setContentType(MEDIA_TYPE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    AttachmentDownloads.contentDisposition(sheet.title() + "-" + DAY.format(now) + ".xlsx"));
            response.setHeader("X-Content-Type-Options", "nosniff");
            try {
                workbook.write(response.getOutputStream());
                response.flushBuffer();
            } catch (IOException gone) {
                if (!response.isCommitted()) {
                    throw gone;
                }
                LOG.info("Export of {} for {} cut off after the answer began: {}", sheet.list(), actor.username(),
                        gone.toString());
            }
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** The filters in words, as the sheet and the record of exports show them. */
    String words(Filters filters) {
        List<Filters.Given> given = filters.given();
        if (given.isEmpty()) {
            return Filters.NONE;
        }
        Map<Enum<?>, String> labels = new HashMap<>();
        return given.stream()
                .map(g -> g.name() + "：" + (Boolean.TRUE.equals(g.value()) ? "是" : text(g.value(), labels)))
                .collect(Collectors.joining("；"));
    }

    /**
     * A value as Chinese text: an enum by its label in the Chinese bundle ({@code enum.<Type>.<NAME>}) or the domain's
     * own, a boolean as 是/否. The labels of one export are looked up once each.
     */
    private String text(Object value, Map<Enum<?>, String> labels) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Enum<?> e) {
            return labels.computeIfAbsent(e, this::label);
        }
        if (value instanceof Boolean b) {
            return b ? "是" : "否";
        }
        return String.valueOf(value);
    }

    private String label(Enum<?> value) {
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        String text = messages.getMessage(key, null, null, Locale.SIMPLIFIED_CHINESE);
        if (text != null) {
            return text;
        }
        return value instanceof Labelled l ? l.label() : value.name();
    }

    /** One export's sheet, filled in the snapshot transaction. */
    private final class SheetWriter<R> {
        private final SXSSFWorkbook workbook;
        private final ExportSheet<R> sheet;
        private final String filters;
        private final Actor actor;
        private final Instant now;
        private final List<Column<R>> columns;
        private final Map<Enum<?>, String> labels = new HashMap<>();
        private CellStyle dateStyle;
        private CellStyle timeStyle;

        SheetWriter(SXSSFWorkbook workbook, ExportSheet<R> sheet, String filters, Actor actor, Instant now) {
            this.workbook = workbook;
            this.sheet = sheet;
            this.filters = filters;
            this.actor = actor;
            this.now = now;
            this.columns = sheet.columns();
        }

        long fill() {
            ExportSheet.Page<R> page = sheet.pages().page(0, PAGE_SIZE);
            long total = page.total();
            if (total > MAX_ROWS) {
                throw new InvalidInputException("导出的行数超过了 Excel 一个工作表的上限", List.of(new FieldError("filters",
                        "共 " + total + " 行，一个工作表最多 " + MAX_ROWS + " 行；请缩小筛选范围后分批导出")));
            }
            SXSSFSheet s = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheet.title()));
            head(s);
            int rowIndex = HEAD_ROWS;
            long written = 0;
            for (int next = 1; ; next++) {
                for (R item : page.items()) {
                    row(s.createRow(rowIndex++), item);
                    written++;
                }
                if (written >= total || page.items().isEmpty()) {
                    break;
                }
                // the page written may go while the next is read; and MyBatis keeps every result of a transaction's
                // session until it ends: without clearing it, all the pages read so far would stay in memory, the
                // whole list by the last page
                page = null;
                sqlSession.clearCache();
                page = sheet.pages().page(next, PAGE_SIZE);
            }
            if (written != total) {
                throw new IllegalStateException("The export of " + sheet.list() + " read " + written
                        + " rows, but the list's total is " + total);
            }
            return written;
        }

        private void head(SXSSFSheet s) {
            int last = columns.size() - 1;
            for (int c = 0; c <= last; c++) {
                s.setColumnWidth(c, columns.get(c).width() * 256);
            }
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            CellStyle titleStyle = workbook.createCellStyle();
            titleStyle.setFont(titleFont);
            titleStyle.setVerticalAlignment(VerticalAlignment.CENTER);
            Row title = s.createRow(0);
            title.setHeightInPoints(24);
            cell(title, 0, sheet.title(), titleStyle);
            merge(s, 0, 0, last);

            Row facts = s.createRow(1);
            String time = "导出时间：" + STAMP.format(now) + "（北京时间）";
            String user = "导出人：" + actor.username();
            int userFrom = fromRight(columns.size(), USER_WIDTH);
            int timeFrom = userFrom < 0 ? -1 : fromRight(userFrom, TIME_WIDTH);
            if (timeFrom < 1) {
                cell(facts, 0, "筛选条件：" + filters + "　" + time + "　" + user, null);
                merge(s, 1, 0, last);
            } else {
                cell(facts, 0, "筛选条件：" + filters, null);
                merge(s, 1, 0, timeFrom - 1);
                cell(facts, timeFrom, time, null);
                merge(s, 1, timeFrom, userFrom - 1);
                cell(facts, userFrom, user, null);
                merge(s, 1, userFrom, last);
            }

            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Row header = s.createRow(2);
            for (int c = 0; c <= last; c++) {
                cell(header, c, columns.get(c).header(), headerStyle);
            }
            s.createFreezePane(0, HEAD_ROWS);
            s.setAutoFilter(new CellRangeAddress(2, 2, 0, last));

            short dates = workbook.createDataFormat().getFormat("yyyy-mm-dd");
            short times = workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm");
            dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(dates);
            timeStyle = workbook.createCellStyle();
            timeStyle.setDataFormat(times);
        }

        /** The first of the columns, counted from the right of {@code end}, that together are {@code width} wide. */
        private int fromRight(int end, int width) {
            int from = end;
            int sum = 0;
            while (from > 0 && sum < width) {
                from--;
                sum += columns.get(from).width();
            }
            return sum >= width ? from : -1;
        }

        private void row(Row row, R item) {
            for (int c = 0; c < columns.size(); c++) {
                Column<R> column = columns.get(c);
                Object value = column.value().apply(item);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                switch (column.type()) {
                    case NUMBER -> cell.setCellValue(((Number) value).doubleValue());
                    case DATE -> {
                        cell.setCellValue((LocalDate) value);
                        cell.setCellStyle(dateStyle);
                    }
                    case DATE_TIME -> {
                        cell.setCellValue(LocalDateTime.ofInstant((Instant) value, WorkingCalendar.ZONE));
                        cell.setCellStyle(timeStyle);
                    }
                    case TEXT -> cell.setCellValue(text(value, labels));
                }
            }
        }

        private static void cell(Row row, int column, String text, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(text);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }

        private static void merge(SXSSFSheet s, int row, int first, int last) {
            if (last > first) {
                s.addMergedRegion(new CellRangeAddress(row, row, first, last));
            }
        }
    }
}
