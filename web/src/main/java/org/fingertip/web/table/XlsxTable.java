package org.fingertip.web.table;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx workbook as text rows, streaming its XML (POI's event API) so that a large
 * sheet is never held whole. Cells come as a reader sees them, not as the sheet's number formats print them: a date
 * cell as {@code yyyy-MM-dd}, a whole number without separators or ".0", TRUE/FALSE for a boolean, a formula's
 * cached result.
 */
public final class XlsxTable {

    private XlsxTable() {
    }

    /**
     * @param file    the workbook, on disk: POI then reads its parts from the ZIP's directory instead of inflating
     *                every part into memory first
     * @param maxRows the most non-blank rows to read (the header included); {@link TooManyRows} beyond that
     */
    public static List<SheetRow> read(Path file, int maxRows) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw unreadable("工作簿中没有工作表");
            }
            Rows rows = new Rows(maxRows);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows,
                        new PlainCellText(), false));
                parser.parse(new InputSource(sheet));
            }
            return rows.rows;
        } catch (InvalidFormatException | UnsupportedFileFormatException | OpenXML4JRuntimeException
                 | POIXMLException e) {
            throw unsupported("不是有效的 XLSX 工作簿");
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | IOException e) {
            throw unreadable("XLSX 工作簿已损坏或无法读取");
        } finally {
            if (pkg != null) {
                // a package opened for reading is let go with revert(); close() would try to save it
                pkg.revert();
            }
        }
    }

    private static InvalidInputException unreadable(String why) {
        return new InvalidInputException("无法读取上传的文件", List.of(new FieldError("file", why + TableFile.WHAT_TO_UPLOAD)));
    }

    /** A ZIP that is no workbook (a .docx, say): a type of file the imports do not read. */
    private static InvalidInputException unsupported(String why) {
        return new UnsupportedTableFile("无法读取上传的文件", why + TableFile.WHAT_TO_UPLOAD);
    }

    /** Collects the non-blank rows, each cell at its column (a sheet leaves empty cells out). */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int maxRows;
        private final List<SheetRow> rows = new ArrayList<>();
        private List<String> cells;
        private int nextColumn;

        Rows(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            nextColumn = column + 1;
            if (column >= CsvTable.MAX_CELLS) {
                return;
            }
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, value);
        }

        @Override
        public void endRow(int rowNum) {
            if (!SheetRow.isBlank(cells)) {
                rows.add(new SheetRow(rowNum + 1, cells, null));
                if (rows.size() > maxRows) {
                    throw new TooManyRows();
                }
            }
        }
    }

    /** Cell text independent of the sheet's display formats (dates ISO, whole numbers plain). */
    static final class PlainCellText extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
                    && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing, true).toLocalDate().toString();
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
