package org.fingertip.web.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading uploaded tables without a server: CSV as RFC 4180 says, the encodings, XLSX cells, spreadsheet values. */
class TableFileTest {
    private static final String HEADER = "应用编号,备案号,月份,月活跃用户数,服务对象规模,最近更新日期,最近发布日期,服务是否可用";

    private static List<SheetRow> csv(String text) {
        return CsvTable.read(text, 1_000);
    }

    private static List<List<String>> cells(List<SheetRow> rows) {
        return rows.stream().map(SheetRow::cells).toList();
    }

    // ---- CSV -----------------------------------------------------------------------------------------------------------

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() {
        List<SheetRow> rows = csv("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",x,\r\nlast,row,here");

        assertThat(cells(rows)).containsExactly(
                List.of("a", "b,c", "say \"hi\""),
                List.of("two\r\nlines", "x", ""),
                List.of("last", "row", "here"));
        assertThat(rows).extracting(SheetRow::line).containsExactly(1, 2, 4);
    }

    @Test
    void blankLinesAreSkippedButCountedAndEveryLineEndIsOne() {
        List<SheetRow> rows = csv("h1,h2\n\n,\r\nv1,v2\rv3,v4\n\n");

        assertThat(cells(rows)).containsExactly(List.of("h1", "h2"), List.of("v1", "v2"), List.of("v3", "v4"));
        assertThat(rows).extracting(SheetRow::line).containsExactly(1, 4, 5);
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsKeptAsItIs() {
        assertThat(cells(csv("5\"寸,x\"y\"\n"))).containsExactly(List.of("5\"寸", "x\"y\""));
    }

    @Test
    void aQuoteLeftOpenMakesTheRestOfTheFileOneUnreadableRow() {
        List<SheetRow> rows = csv("h\nok\n\"open,\nnever closed\n");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).line()).isEqualTo(3);
        assertThat(rows.get(2).unreadable()).contains("引号未闭合", "第 3 行");
    }

    @Test
    void aRowOfMoreThanTwoHundredCellsIsRefusedAndTheNextRowIsRead() {
        List<SheetRow> rows = csv("h\n" + ",".repeat(300) + "\nnext\n");

        assertThat(rows.get(1).unreadable()).contains("列数超过 200");
        assertThat(rows.get(2).cells()).containsExactly("next");
        assertThat(rows.get(2).line()).isEqualTo(3);
    }

    @Test
    void readingStopsAsSoonAsThereAreTooManyRows() {
        assertThatThrownBy(() -> CsvTable.read("a\nb\nc\nd\n", 3)).isInstanceOf(TooManyRows.class);
        assertThat(CsvTable.read("a\n\n\nb\nc\n", 3)).hasSize(3);
    }

    // ---- encodings -------------------------------------------------------------------------------------------------------

    @Test
    void utf8WithOrWithoutAByteOrderMarkAndGbkAreRead() {
        String text = HEADER + "\n1,,2026-01,3,4,2026-01-02,2026-01-03,是\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);

        assertThat(TableFile.decode(utf8)).isEqualTo(text);
        assertThat(TableFile.decode(withBom)).isEqualTo(text);
        assertThat(TableFile.decode(text.getBytes(Charset.forName("GBK")))).isEqualTo(text);
    }

    @Test
    void binaryDataIsRefusedAsUnsupportedNamingTheFile() {
        byte[] pdf = "%PDF-1.7\n\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> TableFile.decode(pdf)).isInstanceOfSatisfying(UnsupportedTableFile.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("file"));
        assertThatThrownBy(() -> TableFile.decode(HEADER.getBytes(StandardCharsets.UTF_16)))
                .isInstanceOf(UnsupportedTableFile.class);
    }

    @Test
    void utf16AndABrokenUtf8FileAreRefusedNamingTheFile() {
        byte[] broken = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3, 0x28};
        byte[] littleEndian = ("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_16LE);
        for (byte[] bytes : List.of(HEADER.getBytes(StandardCharsets.UTF_16), littleEndian, broken)) {
            assertThatThrownBy(() -> TableFile.decode(bytes)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("file"));
        }
    }

    // ---- values as spreadsheets write them -------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-03|2026-03", "2026-3|2026-03", "2026/3|2026-03", "2026年3月|2026-03", "2026.03|2026-03",
            "2026-03-01|2026-03", "2026/3/1|2026-03", "2026年3月1日|2026-03",
            "2026-03-15|2026-03-15", "2025-13|2025-13", "三月|三月"})
    void aMonthAsSpreadsheetsWriteIt(String written, String passedOn) {
        assertThat(CellText.month(written)).isEqualTo(passedOn);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-03-05|2026-03-05", "2026/3/5|2026-03-05", "2026-3-5|2026-03-05", "2026.3.5|2026-03-05",
            "2026年3月5日|2026-03-05", "2026/2/30|2026-02-30", "昨天|昨天", "20260305|20260305"})
    void aDateAsSpreadsheetsWriteIt(String written, String passedOn) {
        assertThat(CellText.date(written)).isEqualTo(passedOn);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12345|12345", "12,345|12345", "1,234,567|1234567", "12345.0|12345", "1,2|1,2", "1.5|1.5", "-5|-5"})
    void aCountAsSpreadsheetsWriteIt(String written, String passedOn) {
        assertThat(CellText.count(written)).isEqualTo(passedOn);
    }

    // ---- XLSX ----------------------------------------------------------------------------------------------------------

    @Test
    void xlsxCellsAreReadAsPlainTextWhateverTheirDisplayFormat(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("usage.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet();
            CellStyle chineseMonth = book.createCellStyle();
            chineseMonth.setDataFormat(book.createDataFormat().getFormat("yyyy\"年\"m\"月\""));
            CellStyle slashDate = book.createCellStyle();
            slashDate.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d"));
            CellStyle thousands = book.createCellStyle();
            thousands.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            Row header = sheet.createRow(0);
            String[] names = HEADER.split(",");
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            Row row = sheet.createRow(3);
            row.createCell(0).setCellValue(42);
            row.createCell(2).setCellValue(LocalDate.of(2026, 2, 1));
            row.getCell(2).setCellStyle(chineseMonth);
            row.createCell(3).setCellValue(1_234_567);
            row.getCell(3).setCellStyle(thousands);
            row.createCell(4).setCellValue(2.5);
            row.createCell(5).setCellValue(LocalDate.of(2026, 1, 9));
            row.getCell(5).setCellStyle(slashDate);
            row.createCell(6).setCellValue("2026-02-20");
            row.createCell(7).setCellValue(true);
            book.write(out);
        }

        List<SheetRow> rows = XlsxTable.read(file, 100);

        assertThat(rows).extracting(SheetRow::line).containsExactly(1, 4);
        assertThat(rows.get(1).cells()).containsExactly("42", null, "2026-02-01", "1234567", "2.5", "2026-01-09",
                "2026-02-20", "TRUE");
    }

    @Test
    void aZipThatIsNoWorkbookIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("not-a-workbook.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            zip.write("你好".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThatThrownBy(() -> XlsxTable.read(file, 100)).isInstanceOfSatisfying(UnsupportedTableFile.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("file"));
    }

    @Test
    void aSheetWithTooManyRowsStopsReading(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("many.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet();
            for (int r = 0; r < 20; r++) {
                sheet.createRow(r).createCell(0).setCellValue("x" + r);
            }
            book.write(out);
        }

        assertThatThrownBy(() -> XlsxTable.read(file, 10)).isInstanceOf(TooManyRows.class);
    }
}
