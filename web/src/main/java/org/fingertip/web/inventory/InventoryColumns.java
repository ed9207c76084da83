package org.fingertip.web.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fingertip.registry.inventory.InventoryRow;
import org.fingertip.registry.inventory.InventoryRules;
import org.fingertip.registry.usage.UsageEntry;
import org.fingertip.registry.usage.UsageRules;
import org.fingertip.web.table.CellText;
import org.fingertip.web.table.Header;
import org.fingertip.web.table.SheetRow;
import org.fingertip.web.table.TableFile;

/**
 * The columns of an inventory file, found by the header row: Chinese or English names (a few other common Chinese
 * names too), in any order; other columns are ignored. The six of the thing itself are required; the package name is
 * optional; the six usage columns are optional as a group (all or none in the header). Values are passed on as text,
 * after {@link CellText} undid what spreadsheet programs do to dates and counts.
 */
public final class InventoryColumns {

    /** A column: its Chinese and English header, then other names it is known by. */
    public enum Column implements Header.Column {
        UNIT_CODE(InventoryRules.UNIT_CODE, "单位编码"),
        NAME(InventoryRules.NAME, "应用名称"),
        KIND(InventoryRules.KIND),
        AUDIENCE(InventoryRules.AUDIENCE),
        STORES(InventoryRules.STORES, "应用商店", "承载平台"),
        LAUNCH_DATE(InventoryRules.LAUNCH_DATE),
        PACKAGE_NAME(InventoryRules.PACKAGE_NAME),
        MONTH(UsageRules.MONTH),
        MONTHLY_ACTIVE_USERS(UsageRules.MONTHLY_ACTIVE_USERS),
        AUDIENCE_SIZE(UsageRules.AUDIENCE_SIZE),
        LAST_UPDATE(UsageRules.LAST_UPDATE),
        LAST_POST(UsageRules.LAST_POST),
        SERVICES_ANSWER(UsageRules.SERVICES_ANSWER);

        private final List<String> names;

        Column(String field, String... otherNames) {
            List<String> all = new ArrayList<>(List.of(InventoryRules.LABELS.get(field), field));
            all.addAll(List.of(otherNames));
            this.names = List.copyOf(all);
        }

        @Override
        public List<String> names() {
            return names;
        }

        boolean isUsage() {
            return ordinal() >= MONTH.ordinal();
        }
    }

    /** The columns every file must have. */
    public static final List<Column> REQUIRED = List.of(Column.UNIT_CODE, Column.NAME, Column.KIND, Column.AUDIENCE,
            Column.STORES, Column.LAUNCH_DATE);

    private InventoryColumns() {
    }

    /** The header as the import wants it: every column's Chinese and English name, the optional ones marked. */
    public static String expected() {
        return Stream.of(Column.values())
                .map(c -> c.heading() + (REQUIRED.contains(c) ? "" : "（选填）"))
                .collect(Collectors.joining("、"));
    }

    /** The data rows under the first row, which must be the header. */
    static List<InventoryRow> rows(List<SheetRow> table) {
        Header<Column> header = Header.of(table, Column.class, expected());
        requireColumns(header);
        boolean usage = header.has(Column.MONTH);
        List<InventoryRow> rows = new ArrayList<>(table.size() - 1);
        for (SheetRow row : table.subList(1, table.size())) {
            if (row.unreadable() != null) {
                rows.add(InventoryRow.unreadable(row.line(), row.unreadable()));
                continue;
            }
            UsageEntry entry = !usage ? null : new UsageEntry(
                    CellText.month(header.cell(row, Column.MONTH)),
                    CellText.count(header.cell(row, Column.MONTHLY_ACTIVE_USERS)),
                    CellText.count(header.cell(row, Column.AUDIENCE_SIZE)),
                    CellText.date(header.cell(row, Column.LAST_UPDATE)),
                    CellText.date(header.cell(row, Column.LAST_POST)),
                    header.cell(row, Column.SERVICES_ANSWER));
            rows.add(InventoryRow.of(row.line(), header.cell(row, Column.UNIT_CODE), header.cell(row, Column.NAME),
                    header.cell(row, Column.KIND), header.cell(row, Column.AUDIENCE), header.cell(row, Column.STORES),
                    CellText.date(header.cell(row, Column.LAUNCH_DATE)), header.cell(row, Column.PACKAGE_NAME),
                    entry));
        }
        return rows;
    }

    private static void requireColumns(Header<Column> header) {
        List<String> missing = new ArrayList<>();
        REQUIRED.stream().filter(c -> !header.has(c)).forEach(c -> missing.add(c.heading()));
        List<Column> usage = Stream.of(Column.values()).filter(Column::isUsage).toList();
        if (usage.stream().anyMatch(header::has)) {
            usage.stream().filter(c -> !header.has(c)).forEach(c -> missing.add(c.heading() + "（使用情况列须齐全）"));
        }
        if (!missing.isEmpty()) {
            throw TableFile.fileProblem("表头缺少必需的列", "第 " + header.line() + " 行（表头）缺少："
                    + String.join("、", missing) + "。表头应为：" + expected());
        }
    }
}
