package org.fingertip.web.usage;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fingertip.registry.usage.UsageEntry;
import org.fingertip.registry.usage.UsageRow;
import org.fingertip.registry.usage.UsageRules;
import org.fingertip.web.table.CellText;
import org.fingertip.web.table.Header;
import org.fingertip.web.table.SheetRow;
import org.fingertip.web.table.TableFile;

/**
 * The columns of a usage file, found by the header row (Chinese or English names, in any order; other columns are
 * ignored), and each data row as an import row. Values are passed on as text, after {@link CellText} undid what
 * spreadsheet programs do to them.
 */
final class UsageColumns {

    /** A column: its Chinese and English header. */
    enum Column implements Header.Column {
        APP_ID("应用编号", "appId"),
        FILING_NUMBER("备案号", "filingNumber"),
        MONTH(UsageRules.LABELS.get(UsageRules.MONTH), UsageRules.MONTH),
        MONTHLY_ACTIVE_USERS(UsageRules.LABELS.get(UsageRules.MONTHLY_ACTIVE_USERS), UsageRules.MONTHLY_ACTIVE_USERS),
        AUDIENCE_SIZE(UsageRules.LABELS.get(UsageRules.AUDIENCE_SIZE), UsageRules.AUDIENCE_SIZE),
        LAST_UPDATE(UsageRules.LABELS.get(UsageRules.LAST_UPDATE), UsageRules.LAST_UPDATE),
        LAST_POST(UsageRules.LABELS.get(UsageRules.LAST_POST), UsageRules.LAST_POST),
        SERVICES_ANSWER(UsageRules.LABELS.get(UsageRules.SERVICES_ANSWER), UsageRules.SERVICES_ANSWER);

        private final List<String> names;

        Column(String chinese, String english) {
            this.names = List.of(chinese, english);
        }

        @Override
        public List<String> names() {
            return names;
        }
    }

    private UsageColumns() {
    }

    /** The data rows under the first row, which must be the header. */
    static List<UsageRow> rows(List<SheetRow> table) {
        Header<Column> header = Header.of(table, Column.class, expected());
        requireColumns(header);
        List<UsageRow> rows = new ArrayList<>(table.size() - 1);
        for (SheetRow row : table.subList(1, table.size())) {
            if (row.unreadable() != null) {
                rows.add(UsageRow.unreadable(row.line(), row.unreadable()));
                continue;
            }
            UsageEntry entry = new UsageEntry(
                    CellText.month(header.cell(row, Column.MONTH)),
                    CellText.count(header.cell(row, Column.MONTHLY_ACTIVE_USERS)),
                    CellText.count(header.cell(row, Column.AUDIENCE_SIZE)),
                    CellText.date(header.cell(row, Column.LAST_UPDATE)),
                    CellText.date(header.cell(row, Column.LAST_POST)),
                    header.cell(row, Column.SERVICES_ANSWER));
            rows.add(UsageRow.of(row.line(), CellText.count(header.cell(row, Column.APP_ID)),
                    header.cell(row, Column.FILING_NUMBER), entry));
        }
        return rows;
    }

    private static void requireColumns(Header<Column> header) {
        List<String> missing = new ArrayList<>();
        if (!header.has(Column.APP_ID) && !header.has(Column.FILING_NUMBER)) {
            missing.add(Column.APP_ID.heading() + " 或 " + Column.FILING_NUMBER.heading());
        }
        Stream.of(Column.MONTH, Column.MONTHLY_ACTIVE_USERS, Column.AUDIENCE_SIZE, Column.LAST_UPDATE, Column.LAST_POST,
                        Column.SERVICES_ANSWER)
                .filter(c -> !header.has(c))
                .forEach(c -> missing.add(c.heading()));
        if (!missing.isEmpty()) {
            throw TableFile.fileProblem("表头缺少必需的列", "第 " + header.line() + " 行（表头）缺少："
                    + String.join("、", missing) + "。表头应为：" + expected());
        }
    }

    private static String expected() {
        return Stream.of(Column.values()).map(Column::heading).collect(Collectors.joining("、"))
                + "（应用编号与备案号填其一）";
    }
}
