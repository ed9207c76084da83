package org.fingertip.registry.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.Audience;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.usage.UsageEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks of one inventory row, and how its values may be written. */
class InventoryRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static InventoryRow row(String kind, String audience, String stores, String launch) {
        return InventoryRow.of(2, "420100-007", "城管通", kind, audience, stores, launch, null, null);
    }

    private static List<String> fieldsWrong(InventoryRow row) {
        try {
            InventoryRules.check(row, TODAY);
        } catch (InvalidInputException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        return List.of();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "APP|APP", "app|APP", "移动应用（APP）|APP", "移动应用|APP", "MINI_PROGRAM|MINI_PROGRAM",
            "小程序|MINI_PROGRAM", "快应用|QUICK_APP", "轻应用|LIGHT_APP", "公众号|PUBLIC_ACCOUNT",
            "政务新媒体|PUBLIC_ACCOUNT", "公众号/政务新媒体|PUBLIC_ACCOUNT", "工作群|WORK_GROUP", "work_group|WORK_GROUP",
            "信息系统|INFO_SYSTEM", "延伸至基层的信息系统|INFO_SYSTEM"})
    void aKindMayBeWrittenByItsNameOrItsChineseLabel(String written, AppKind kind) {
        assertThat(InventoryRules.check(row(written, "公众", "应用宝", "2024-01-01"), TODAY).kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"内部|INTERNAL", "INTERNAL|INTERNAL", "对内|INTERNAL", "公众|PUBLIC",
            "public|PUBLIC", "社会公众|PUBLIC"})
    void anAudienceMayBeWrittenInChineseOrEnglish(String written, Audience audience) {
        assertThat(InventoryRules.check(row("APP", written, "应用宝", "2024-01-01"), TODAY).audience())
                .isEqualTo(audience);
    }

    @Test
    void storesAreSplitOnCommasEnumerationCommasSemicolonsAndLineBreaks() {
        InventoryFacts facts = InventoryRules.check(row("APP", "公众", " 华为应用市场、苹果 App Store,应用宝；小米\n华为应用市场",
                "2024-01-01"), TODAY);

        assertThat(facts.stores()).containsExactly("华为应用市场", "苹果 App Store", "应用宝", "小米");
    }

    @Test
    void storesAreRequiredOnlyForTheKindsThatAreFiled() {
        assertThat(fieldsWrong(row("小程序", "公众", "", "2024-01-01"))).containsExactly("stores");
        assertThat(InventoryRules.check(row("工作群", "内部", "", "2024-01-01"), TODAY).stores()).isEmpty();
    }

    @Test
    void theLaunchDateIsADayNotInTheFuture() {
        assertThat(fieldsWrong(row("APP", "公众", "应用宝", "2026-03-03"))).containsExactly("launchDate");
        assertThat(fieldsWrong(row("APP", "公众", "应用宝", "2024/1/1"))).containsExactly("launchDate");
        assertThat(fieldsWrong(row("APP", "公众", "应用宝", "2025-02-30"))).containsExactly("launchDate");
        assertThat(fieldsWrong(row("APP", "公众", "应用宝", "1989-12-31"))).containsExactly("launchDate");
        assertThat(InventoryRules.check(row("APP", "公众", "应用宝", "2026-03-02"), TODAY).launchDate()).isEqualTo(TODAY);
    }

    @Test
    void usageFactsAreOptionalButAllOrNothing() {
        InventoryRow none = InventoryRow.of(2, "420100-007", "城管通", "APP", "公众", "应用宝", "2024-01-01", null,
                new UsageEntry(null, " ", null, null, null, null));
        InventoryRow some = InventoryRow.of(2, "420100-007", "城管通", "APP", "公众", "应用宝", "2024-01-01", null,
                new UsageEntry("2026-02", "10", null, null, null, null));
        InventoryRow all = InventoryRow.of(2, "420100-007", "城管通", "APP", "公众", "应用宝", "2024-01-01", null,
                new UsageEntry("2026-02", "10", "100", "2026-02-01", "2026-02-02", "是"));

        assertThat(InventoryRules.check(none, TODAY).usage()).isNull();
        assertThat(fieldsWrong(some)).containsExactly("audienceSize", "lastUpdate", "lastPost", "servicesAnswer");
        assertThat(InventoryRules.check(all, TODAY).usage().monthlyActiveUsers()).isEqualTo(10);
    }

    @Test
    void aNameOfOnlyPunctuationAndAPackageNameOfTheWrongShapeAreRefused() {
        InventoryRow row = InventoryRow.of(2, "420100-007", "！。？", "APP", "公众", "应用宝", "2024-01-01", "坏 包名", null);

        assertThat(fieldsWrong(row)).containsExactly("name", "packageName");
    }

    @Test
    void everyReasonIsDescribedWithItsColumnsChineseName() {
        assertThatThrownBy(() -> InventoryRules.check(InventoryRow.of(2, null, null, null, null, null, null, null, null),
                TODAY)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().stream()
                .map(InventoryRules::describe).toList()).containsExactly(
                        "主办单位编码：请填写主办单位编码，例如 420100-007",
                        "名称：请填写应用、账号、工作群或系统的名称",
                        "类型：请填写类型：" + InventoryRules.kindsAccepted(),
                        "服务对象：请填写服务对象：内部（INTERNAL）或公众（PUBLIC）",
                        "上线日期：请填写上线日期，格式 yyyy-MM-dd，例如 2025-06-01"));
    }

    @Test
    void theKeyIgnoresSpacesPunctuationWidthAndCase() {
        assertThat(InventoryKey.of("420100-007", "Ｗｕｈａｎ 城管通。", AppKind.APP))
                .isEqualTo(InventoryKey.of("420100-007", "wuhan城管通", AppKind.APP))
                .isNotEqualTo(InventoryKey.of("420100-007", "wuhan城管通", AppKind.MINI_PROGRAM));
    }
}
