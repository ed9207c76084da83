package org.fingertip.web.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.usage.UsageEntry;
import org.fingertip.registry.usage.UsageRow;
import org.fingertip.web.table.CsvTable;
import org.fingertip.web.table.SheetRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A usage file's header and rows without a server (reading CSV and XLSX itself: TableFileTest). */
class UsageFileTest {
    private static final String HEADER = "应用编号,备案号,月份,月活跃用户数,服务对象规模,最近更新日期,最近发布日期,服务是否可用";

    private static List<SheetRow> csv(String text) {
        return CsvTable.read(text, 1_000);
    }

    // ---- header and values -------------------------------------------------------------------------------------------

    @Test
    void theHeaderNamesColumnsInChineseOrEnglishInAnyOrderAndOtherColumnsAreIgnored() {
        List<UsageRow> rows = UsageColumns.rows(csv("""
                备注, ServicesAnswer ,filingnumber,month,月活跃用户数,audienceSize,LASTUPDATE,最近发布日期
                随便,否,鄂政应备2026000001号,2026-01,12,34,2026-01-02,2026-01-03
                """));

        assertThat(rows).containsExactly(UsageRow.of(2, null, "鄂政应备2026000001号",
                new UsageEntry("2026-01", "12", "34", "2026-01-02", "2026-01-03", "否")));
    }

    @Test
    void aShortRowLeavesTheMissingValuesEmpty() {
        List<UsageRow> rows = UsageColumns.rows(csv(HEADER + "\n7,,2026-01\n"));

        assertThat(rows).containsExactly(UsageRow.of(2, "7", null,
                new UsageEntry("2026-01", null, null, null, null, null)));
    }

    @Test
    void anUnreadableRowIsPassedOnWithItsReason() {
        List<UsageRow> rows = UsageColumns.rows(csv(HEADER + "\n\"7,,2026-01\n"));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.unreadable()).contains("引号未闭合");
        });
    }

    static Stream<Arguments> wrongHeaders() {
        return Stream.of(
                arguments("", "文件没有内容"),
                arguments("月份,月活跃用户数,服务对象规模,最近更新日期,最近发布日期,服务是否可用\n",
                        "应用编号/appId 或 备案号/filingNumber"),
                arguments("appId,月份,月活跃用户数,服务对象规模,最近更新日期,服务是否可用\n", "最近发布日期/lastPost"),
                arguments("1,2026-01,3,4,2026-01-02,2026-01-03,是\n", "表头应为"),
                arguments(HEADER + ",month\n", "月份/month"));
    }

    @ParameterizedTest
    @MethodSource("wrongHeaders")
    void aWrongHeaderRefusesTheWholeFileSayingWhatIsMissing(String text, String message) {
        assertThatThrownBy(() -> UsageColumns.rows(csv(text))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.errors()).extracting(FieldError::field).containsExactly("file");
            assertThat(e.errors().get(0).message()).contains(message);
        });
    }

    @Test
    void spreadsheetValuesAreUndoneBeforeTheCoreChecksThem() {
        SheetRow xlsxLike = new SheetRow(4, Arrays.asList("42", null, "2026-02-01", "1,234,567", "2.5", "2026/1/9",
                "2026年2月20日", "TRUE"), null);

        assertThat(UsageColumns.rows(List.of(new SheetRow(1, List.of(HEADER.split(",")), null), xlsxLike)))
                .containsExactly(UsageRow.of(4, "42", null,
                        new UsageEntry("2026-02", "1234567", "2.5", "2026-01-09", "2026-02-20", "TRUE")));
    }
}
