package org.fingertip.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * An exported list read back with POI: the title, the facts of the second row (the filters, the export's time and
 * user), the header, the data rows with each cell's value and number format, and whether the head is frozen.
 */
public record ExportedSheet(String title, List<String> facts, List<String> headers, List<List<Value>> rows,
                            boolean headFrozen) {

    /** A cell: text, a number, or a date and time for a date-formatted cell; its number format; null values blank. */
    public record Value(Object value, String format) {
        public boolean isDate() {
            return value instanceof LocalDateTime;
        }
    }

    /** Reads a small file whole (XSSFWorkbook). */
    public static ExportedSheet read(byte[] xlsx) {
        assertThat(isZip(xlsx)).as("an .xlsx is a ZIP").isTrue();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheetAt(0);
            List<String> facts = new ArrayList<>();
            for (Cell c : sheet.getRow(1)) {
                if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isBlank()) {
                    facts.add(c.getStringCellValue());
                }
            }
            List<String> headers = new ArrayList<>();
            sheet.getRow(2).forEach(c -> headers.add(c.getStringCellValue()));
            List<List<Value>> rows = new ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Value> values = new ArrayList<>();
                for (int c = 0; c < headers.size(); c++) {
                    values.add(value(row == null ? null : row.getCell(c)));
                }
                rows.add(values);
            }
            boolean frozen = sheet.getPaneInformation() != null && sheet.getPaneInformation().isFreezePane()
                    && sheet.getPaneInformation().getHorizontalSplitPosition() == 3;
            return new ExportedSheet(sheet.getRow(0).getCell(0).getStringCellValue(), facts, headers, rows, frozen);
        } catch (IOException e) {
            throw new AssertionError("not a readable .xlsx", e);
        }
    }

    /** Starts as a ZIP (an .xlsx) does. */
    public static boolean isZip(byte[] body) {
        return body.length >= 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4;
    }

    private static Value value(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return new Value(null, null);
        }
        String format = cell.getCellStyle().getDataFormatString();
        if (cell.getCellType() == CellType.NUMERIC) {
            return DateUtil.isCellDateFormatted(cell) ? new Value(cell.getLocalDateTimeCellValue(), format)
                    : new Value(cell.getNumericCellValue(), format);
        }
        return new Value(cell.getStringCellValue(), format);
    }

    public int column(String header) {
        int i = headers.indexOf(header);
        assertThat(i).as("column %s in %s", header, headers).isNotNegative();
        return i;
    }

    /** The values of one column, top to bottom. */
    public List<Value> columnValues(String header) {
        int i = column(header);
        return rows.stream().map(r -> r.get(i)).toList();
    }

    /** What a streaming read of a large file keeps: the head's rows as text, the data rows counted, the first few. */
    public record Streamed(List<List<String>> head, long dataRows, List<List<String>> firstRows) {
    }

    /**
     * Reads a file of any length as a stream of XML (POI's event API), keeping only the head and the first rows, so
     * that reading back a 100,000-row export needs no more memory than writing it.
     */
    public static Streamed stream(Path xlsx, int keepRows) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            Counter counter = new Counter(keepRows);
            Iterator<InputStream> sheets = reader.getSheetsData();
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(pkg, false), counter, new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            assertThat(sheets.hasNext()).as("one sheet").isFalse();
            return new Streamed(counter.head, counter.dataRows, counter.first);
        } catch (Exception e) {
            throw new AssertionError("not a readable .xlsx: " + xlsx, e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    private static final class Counter implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int keep;
        private final List<List<String>> head = new ArrayList<>();
        private final List<List<String>> first = new ArrayList<>();
        private long dataRows;
        private List<String> cells;

        Counter(int keep) {
            this.keep = keep;
        }

        @Override
        public void startRow(int rowNum) {
            cells = rowNum < 3 || first.size() < keep ? new ArrayList<>() : null;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (cells != null) {
                int column = new CellReference(reference).getCol();
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum < 3) {
                head.add(cells);
                return;
            }
            dataRows++;
            if (cells != null) {
                first.add(cells);
            }
        }
    }
}
