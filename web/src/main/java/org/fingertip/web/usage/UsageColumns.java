package org.fingertip.web.usage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fingertip.registry.usage.UsageEntry;
import org.fingertip.registry.usage.UsageRow;
import org.fingertip.registry.usage.UsageRules;

/**
 * The columns of a usage file, found by the header row (Chinese or English names, in any order; other columns are
 * ignored), and each data row as an import row. Values are passed on as text, after undoing what spreadsheet
 * programs do to them: dates shown as 2026/3/5 or 2026年3月5日, a month typed as 2026-03 that became the date
 * 2026-03-01 or is shown as 2026年3月, counts with thousands separators or a trailing ".0".
 */
final class UsageColumns {

    /** A column: its Chinese and English header. */
    enum Column {
        APP_ID("应用编号", "appId"),
        FILING_NUMBER("备案号", "filingNumber"),
        MONTH(UsageRules.LABELS.get(UsageRules.MONTH), UsageRules.MONTH),
        MONTHLY_ACTIVE_USERS(UsageRules.LABELS.get(UsageRules.MONTHLY_ACTIVE_USERS), UsageRules.MONTHLY_ACTIVE_USERS),
        AUDIENCE_SIZE(UsageRules.LABELS.get(UsageRules.AUDIENCE_SIZE), UsageRules.AUDIENCE_SIZE),
        LAST_UPDATE(UsageRules.LABELS.get(UsageRules.LAST_UPDATE), UsageRules.LAST_UPDATE),
        LAST_POST(UsageRules.LABELS.get(UsageRules.LAST_POST), UsageRules.LAST_POST),
        SERVICES_ANSWER(UsageRules.LABELS.get(UsageRules.SERVICES_ANSWER), UsageRules.SERVICES_ANSWER);

        final String chinese;
        final String english;

        Column(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        String heading() {
            return chinese + "/" + english;
        }

        static Column named(String header) {
            String h = header == null ? "" : header.replace("\uFEFF", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
            for (Column c : values()) {
                if (h.equals(c.chinese) || h.equals(c.english.toLowerCase(Locale.ROOT))) {
                    return c;
                }
            }
            return null;
        }
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern WHOLE_WITH_ZEROS = Pattern.compile("(\\d+)\\.0+");

    private UsageColumns() {
    }

    /** The data rows under the first row, which must be the header. */
    static List<UsageRow> rows(List<SheetRow> table) {
        if (table.isEmpty()) {
            throw UsageFile.fileProblem("上传的文件没有内容", "文件没有内容；第一行应为表头：" + expected());
        }
        SheetRow header = table.get(0);
        if (header.unreadable() != null) {
            throw UsageFile.fileProblem("无法读取表头", "第 " + header.line() + " 行（表头）" + header.unreadable());
        }
        Map<Column, Integer> at = columns(header);
        List<UsageRow> rows = new ArrayList<>(table.size() - 1);
        for (SheetRow row : table.subList(1, table.size())) {
            if (row.unreadable() != null) {
                rows.add(UsageRow.unreadable(row.line(), row.unreadable()));
                continue;
            }
            UsageEntry entry = new UsageEntry(
                    month(cell(row, at, Column.MONTH)),
                    count(cell(row, at, Column.MONTHLY_ACTIVE_USERS)),
                    count(cell(row, at, Column.AUDIENCE_SIZE)),
                    date(cell(row, at, Column.LAST_UPDATE)),
                    date(cell(row, at, Column.LAST_POST)),
                    cell(row, at, Column.SERVICES_ANSWER));
            rows.add(UsageRow.of(row.line(), count(cell(row, at, Column.APP_ID)), cell(row, at, Column.FILING_NUMBER),
                    entry));
        }
        return rows;
    }

    private static Map<Column, Integer> columns(SheetRow header) {
        Map<Column, Integer> at = new EnumMap<>(Column.class);
        List<String> twice = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            Column c = Column.named(header.cells().get(i));
            if (c != null && at.putIfAbsent(c, i) != null) {
                twice.add(c.heading());
            }
        }
        if (!twice.isEmpty()) {
            throw UsageFile.fileProblem("表头有重复的列", "第 " + header.line() + " 行（表头）中这些列出现了不止一次："
                    + String.join("、", twice));
        }
        List<String> missing = new ArrayList<>();
        if (!at.containsKey(Column.APP_ID) && !at.containsKey(Column.FILING_NUMBER)) {
            missing.add(Column.APP_ID.heading() + " 或 " + Column.FILING_NUMBER.heading());
        }
        Stream.of(Column.MONTH, Column.MONTHLY_ACTIVE_USERS, Column.AUDIENCE_SIZE, Column.LAST_UPDATE, Column.LAST_POST,
                        Column.SERVICES_ANSWER)
                .filter(c -> !at.containsKey(c))
                .forEach(c -> missing.add(c.heading()));
        if (!missing.isEmpty()) {
            throw UsageFile.fileProblem("表头缺少必需的列", "第 " + header.line() + " 行（表头）缺少："
                    + String.join("、", missing) + "。表头应为：" + expected());
        }
        return at;
    }

    private static String expected() {
        return Stream.of(Column.values()).map(Column::heading).collect(Collectors.joining("、"))
                + "（应用编号与备案号填其一）";
    }

    private static String cell(SheetRow row, Map<Column, Integer> at, Column column) {
        Integer i = at.get(column);
        if (i == null || i >= row.cells().size()) {
            return null;
        }
        String value = row.cells().get(i);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** yyyy-MM from 2026-3, 2026/3, 2026年3月, or the first of the month as a date. */
    static String month(String value) {
        if (value == null) {
            return null;
        }
        Matcher d = DATE.matcher(value);
        if (d.matches() && Integer.parseInt(d.group(3)) == 1) {
            return d.group(1) + "-" + twoDigits(d.group(2));
        }
        Matcher m = MONTH.matcher(value);
        return m.matches() ? m.group(1) + "-" + twoDigits(m.group(2)) : value;
    }

    /** yyyy-MM-dd from 2026/3/5, 2026-3-5, 2026.3.5 or 2026年3月5日. */
    static String date(String value) {
        if (value == null) {
            return null;
        }
        Matcher d = DATE.matcher(value);
        return d.matches() ? d.group(1) + "-" + twoDigits(d.group(2)) + "-" + twoDigits(d.group(3)) : value;
    }

    /** 12345 from 12,345 or 12345.0. */
    static String count(String value) {
        if (value == null) {
            return null;
        }
        if (GROUPED.matcher(value).matches()) {
            return value.replace(",", "");
        }
        Matcher whole = WHOLE_WITH_ZEROS.matcher(value);
        return whole.matches() ? whole.group(1) : value;
    }

    private static String twoDigits(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
