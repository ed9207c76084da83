package org.fingertip.web.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated text as RFC 4180 describes it: fields in double quotes may hold commas, line breaks and
 * doubled quotes; records end with CRLF, LF or CR. It is lenient where spreadsheet programs are sloppy (a quote inside
 * an unquoted field is kept as it is) and reports what it cannot read: a quote left open to the end of the file.
 * Blank records are skipped; each row keeps the line it starts on.
 */
public final class CsvTable {
    /** Far more columns than any import file has: a longer row is refused rather than held in memory. */
    public static final int MAX_CELLS = 200;

    private CsvTable() {
    }

    /**
     * @param maxRows the most non-blank rows to read (the header included); {@link TooManyRows} beyond that
     */
    public static List<SheetRow> read(String text, int maxRows) {
        List<SheetRow> rows = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int line = 1;
        while (i < n) {
            int startLine = line;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean inQuotes = false;
            boolean quotedCell = false;
            String unreadable = null;
            while (true) {
                if (i >= n) {
                    if (inQuotes) {
                        unreadable = "引号未闭合：从第 " + startLine + " 行开始的带引号内容直到文件末尾都没有结束，其后的内容无法读取";
                    }
                    cells.add(cell.toString());
                    break;
                }
                char c = text.charAt(i);
                if (inQuotes) {
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                        } else {
                            inQuotes = false;
                            i++;
                        }
                    } else {
                        if (c == '\n' || c == '\r' && !(i + 1 < n && text.charAt(i + 1) == '\n')) {
                            line++;
                        }
                        cell.append(c);
                        i++;
                    }
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    quotedCell = false;
                    i++;
                } else if (c == '\r' || c == '\n') {
                    i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                    line++;
                    cells.add(cell.toString());
                    break;
                } else if (c == '"' && cell.length() == 0 && !quotedCell) {
                    inQuotes = true;
                    quotedCell = true;
                    i++;
                } else {
                    cell.append(c);
                    i++;
                }
                if (cells.size() > MAX_CELLS) {
                    unreadable = "列数超过 " + MAX_CELLS + "，无法读取";
                    cells.clear();
                    i = skipToNextRecord(text, i);
                    line++;
                    break;
                }
            }
            if (unreadable != null) {
                rows.add(new SheetRow(startLine, List.of(), unreadable));
            } else if (!SheetRow.isBlank(cells)) {
                rows.add(new SheetRow(startLine, cells, null));
            }
            if (rows.size() > maxRows) {
                throw new TooManyRows();
            }
        }
        return rows;
    }

    /** The index after the end of the current physical line (quotes are no longer trusted on a refused row). */
    private static int skipToNextRecord(String text, int i) {
        int n = text.length();
        while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
            return i + 2;
        }
        return Math.min(i + 1, n);
    }
}
