package org.fingertip.registry.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsageRulesTest {
    /** A Monday in March 2026: March is "this month", February the last whole one. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final UsageEntry GOOD = new UsageEntry("2026-02", "1200", "35000", "2026-01-20", "2026-02-27", "是");

    private static UsageEntry with(UsageEntry e, String field, String value) {
        return new UsageEntry(
                field.equals("month") ? value : e.month(),
                field.equals("monthlyActiveUsers") ? value : e.monthlyActiveUsers(),
                field.equals("audienceSize") ? value : e.audienceSize(),
                field.equals("lastUpdate") ? value : e.lastUpdate(),
                field.equals("lastPost") ? value : e.lastPost(),
                field.equals("servicesAnswer") ? value : e.servicesAnswer());
    }

    private static List<FieldError> errorsOf(UsageEntry entry) {
        InvalidInputException e = catchThrowableOfType(() -> UsageRules.check(entry, TODAY), InvalidInputException.class);
        assertThat(e).as("%s is refused", entry).isNotNull();
        return e.errors();
    }

    @Test
    void givenGoodValues_thenTheFiguresAreRead() {
        UsageFigures f = UsageRules.check(GOOD, TODAY);

        assertThat(f).isEqualTo(new UsageFigures(YearMonth.of(2026, 2), 1200, 35000, LocalDate.of(2026, 1, 20),
                LocalDate.of(2026, 2, 27), true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"是", "true", "TRUE", "True", "1", " 是 "})
    void yesIsWrittenManyWays(String yes) {
        assertThat(UsageRules.check(with(GOOD, "servicesAnswer", yes), TODAY).servicesAnswer()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"否", "false", "FALSE", "0"})
    void noIsWrittenManyWays(String no) {
        assertThat(UsageRules.check(with(GOOD, "servicesAnswer", no), TODAY).servicesAnswer()).isFalse();
    }

    @Test
    void givenTheCurrentMonth_thenDatesUpToTodayAreFine() {
        UsageFigures f = UsageRules.check(new UsageEntry("2026-03", "0", "0", "2026-03-02", "2025-12-31", "否"), TODAY);

        assertThat(f.month()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(f.monthlyActiveUsers()).isZero();
    }

    @Test
    void givenADateLongBeforeTheMonth_thenItIsFine() {
        // a zombie's last update may lie years back
        assertThat(UsageRules.check(with(GOOD, "lastUpdate", "2019-05-01"), TODAY).lastUpdate())
                .isEqualTo(LocalDate.of(2019, 5, 1));
    }

    @Test
    void givenTheLargestCountAndLeadingZeros_thenTheyAreRead() {
        assertThat(UsageRules.check(with(GOOD, "audienceSize", "2000000000"), TODAY).audienceSize())
                .isEqualTo(UsageRules.MAX_COUNT);
        assertThat(UsageRules.check(with(GOOD, "monthlyActiveUsers", "007"), TODAY).monthlyActiveUsers()).isEqualTo(7);
    }

    static Stream<Arguments> wrongValues() {
        return Stream.of(
                arguments("month", null, "请填写月份"),
                arguments("month", " ", "请填写月份"),
                arguments("month", "2025-13", "格式应为 yyyy-MM"),
                arguments("month", "2025-1", "格式应为 yyyy-MM"),
                arguments("month", "2025/01", "格式应为 yyyy-MM"),
                arguments("month", "2025-01-01", "格式应为 yyyy-MM"),
                arguments("month", "二〇二五年一月", "格式应为 yyyy-MM"),
                arguments("month", "2026-04", "不能晚于本月（2026-03）"),
                arguments("month", "1999-12", "不能早于 2000-01"),
                arguments("monthlyActiveUsers", null, "请填写月活跃用户数"),
                arguments("monthlyActiveUsers", "-5", "不能为负数"),
                arguments("monthlyActiveUsers", "-0.5", "不能为负数"),
                arguments("monthlyActiveUsers", "1.5", "不小于 0 的整数"),
                arguments("monthlyActiveUsers", "1,200", "不小于 0 的整数"),
                arguments("monthlyActiveUsers", "一千", "不小于 0 的整数"),
                arguments("monthlyActiveUsers", "1e3", "不小于 0 的整数"),
                arguments("audienceSize", "2000000001", "不能超过 2000000000"),
                arguments("audienceSize", "99999999999999999999999", "不能超过 2000000000"),
                arguments("audienceSize", "", "请填写服务对象规模"),
                arguments("lastUpdate", null, "请填写最近更新日期"),
                arguments("lastUpdate", "2026-02-30", "格式应为 yyyy-MM-dd"),
                arguments("lastUpdate", "2026/02/03", "格式应为 yyyy-MM-dd"),
                arguments("lastUpdate", "2026-2-3", "格式应为 yyyy-MM-dd"),
                arguments("lastUpdate", "2026-03-03", "不能晚于今天（2026-03-02）"),
                arguments("lastPost", "2026-03-01", "不能晚于所填月份的最后一天（2026-02-28）"),
                arguments("lastPost", "昨天", "格式应为 yyyy-MM-dd"),
                arguments("servicesAnswer", null, "请填写服务是否可用"),
                arguments("servicesAnswer", "也许", "应为 是/否、true/false 或 1/0"),
                arguments("servicesAnswer", "yes", "应为 是/否、true/false 或 1/0"),
                arguments("servicesAnswer", "2", "应为 是/否、true/false 或 1/0"));
    }

    @ParameterizedTest(name = "{0} = \"{1}\" → {2}")
    @MethodSource("wrongValues")
    void givenOneWrongValue_thenExactlyThatFieldIsNamedWithWhatToFix(String field, String value, String message) {
        List<FieldError> errors = errorsOf(with(GOOD, field, value));

        assertThat(errors).extracting(FieldError::field).containsExactly(field);
        assertThat(errors.get(0).message()).contains(message);
    }

    @Test
    void givenEverythingWrong_thenEveryFieldIsNamedAtOnce() {
        List<FieldError> errors = errorsOf(new UsageEntry("2026-13", "-1", "x", "2027-01-01", "", "maybe"));

        assertThat(errors).extracting(FieldError::field).containsExactly("month", "monthlyActiveUsers",
                "audienceSize", "lastUpdate", "lastPost", "servicesAnswer");
    }

    @Test
    void anImportReasonNamesTheColumnInChinese() {
        List<FieldError> errors = errorsOf(with(GOOD, "monthlyActiveUsers", "-5"));

        assertThat(UsageRules.describe(errors.get(0))).isEqualTo("月活跃用户数：不能为负数，收到“-5”");
    }

    @Test
    void aLongWrongValueIsQuotedShortened() {
        List<FieldError> errors = errorsOf(with(GOOD, "servicesAnswer", "这是一个非常非常非常非常非常非常长的回答内容"));

        assertThat(errors.get(0).message()).contains("…").hasSizeLessThan(60);
    }
}
