package org.fingertip.web.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header row of an uploaded table: which column each of an import's fields is in, found by its Chinese or
 * English name (in any order; spaces, a byte-order mark and the case of English names do not matter; other columns
 * are ignored), and the cells of a data row by field.
 *
 * @param <C> the import's columns
 */
public final class Header<C extends Enum<C> & Header.Column> {

    /** A column of an import: the names it may have in a header, the first Chinese and the second English. */
    public interface Column {
        List<String> names();

        /** "中文名/englishName", as messages show it. */
        default String heading() {
            return names().get(0) + "/" + names().get(1);
        }
    }

    private final SheetRow row;
    private final Map<C, Integer> at;

    private Header(SheetRow row, Map<C, Integer> at) {
        this.row = row;
        this.at = at;
    }

    /**
     * Finds the columns in the first row of the table; a 400 naming {@code file} for an empty table, an unreadable
     * header or a column named twice. Whether the required columns are there is the import's to say.
     *
     * @param expected the header the import wants, for the message about an empty file
     */
    public static <C extends Enum<C> & Column> Header<C> of(List<SheetRow> table, Class<C> columns, String expected) {
        if (table.isEmpty()) {
            throw TableFile.fileProblem("上传的文件没有内容", "文件没有内容；第一行应为表头：" + expected);
        }
        SheetRow header = table.get(0);
        if (header.unreadable() != null) {
            throw TableFile.fileProblem("无法读取表头", "第 " + header.line() + " 行（表头）" + header.unreadable());
        }
        Map<C, Integer> at = new EnumMap<>(columns);
        List<String> twice = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            C c = named(header.cells().get(i), columns);
            if (c != null && at.putIfAbsent(c, i) != null) {
                twice.add(c.heading());
            }
        }
        if (!twice.isEmpty()) {
            throw TableFile.fileProblem("表头有重复的列", "第 " + header.line() + " 行（表头）中这些列出现了不止一次："
                    + String.join("、", twice));
        }
        return new Header<>(header, at);
    }

    public boolean has(C column) {
        return at.containsKey(column);
    }

    /** The header's line in the file. */
    public int line() {
        return row.line();
    }

    /** The cell of the column in a data row, stripped; null when the column or the cell is absent or blank. */
    public String cell(SheetRow data, C column) {
        Integer i = at.get(column);
        if (i == null || i >= data.cells().size()) {
            return null;
        }
        String value = data.cells().get(i);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <C extends Enum<C> & Column> C named(String header, Class<C> columns) {
        String h = header == null ? "" : header.replace("\uFEFF", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        for (C c : columns.getEnumConstants()) {
            for (String name : c.names()) {
                if (h.equals(name.toLowerCase(Locale.ROOT))) {
                    return c;
                }
            }
        }
        return null;
    }
}
