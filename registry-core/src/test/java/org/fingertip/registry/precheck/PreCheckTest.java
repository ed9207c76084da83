package org.fingertip.registry.precheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fingertip.registry.form.FunctionCategory.CHECK_IN;
import static org.fingertip.registry.form.FunctionCategory.LEARNING;
import static org.fingertip.registry.form.FunctionCategory.MESSAGING;
import static org.fingertip.registry.form.FunctionCategory.OFFICE;
import static org.fingertip.registry.form.FunctionCategory.ONLINE_TIME;
import static org.fingertip.registry.form.FunctionCategory.RANKING;
import static org.fingertip.registry.form.FunctionCategory.REPORTING;
import static org.fingertip.registry.form.FunctionCategory.SERVICE;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.fingertip.registry.app.App;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.form.FunctionCategory;
import org.fingertip.registry.form.FormSection;
import org.fingertip.registry.precheck.PlatformCatalogue.PlatformFunction;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.Forms;
import org.fingertip.registry.testing.Hubei;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PreCheckTest {
    /** An application id that no stored app has. */
    private static final long NEW_APP = 999L;
    private static final String EMERGENCY = "防汛应急值守人员到岗确认，须单独说明";

    private static final String BAN_1 = "打卡、积分排名、在线时长类功能";
    private static final String BAN_2 = "强制下载安装或以下载率、安装率考核";
    private static final String BAN_3 = "以点赞、转发、学习时长、投票数评价工作";
    private static final String BAN_4 = "重复填表报数";
    private static final String BAN_5 = "商业性使用";
    private static final String BAN_6 = "不必要的拍照、视频或位置轨迹上传";

    private final FilingFixture fx = new FilingFixture();

    private List<Finding> check(Unit owner, FilingForm form) {
        return fx.preCheck.check(NEW_APP, form, owner);
    }

    /** A complete Wuhan form whose second function is the one under test. */
    private static FilingForm wuhanFormWith(FilingForm.AppFunction function) {
        return Forms.withFunctions(Forms.complete(Hubei.WUHAN_UNIT.code(), "城管通"), Forms.service("在线办事"), function);
    }

    private static List<Finding> withCode(List<Finding> findings, FindingCode code) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }

    // ---- the five bans ---------------------------------------------------------------------------------------------

    static Stream<Arguments> bannedFunctions() {
        return Stream.of(
                // by category alone, under a neutral name
                arguments("考勤", CHECK_IN, null, BAN_1, "类别 CHECK_IN"),
                arguments("干部风采榜", RANKING, null, BAN_1, "类别 RANKING"),
                arguments("使用统计", ONLINE_TIME, null, BAN_1, "类别 ONLINE_TIME"),
                // first ban, by wording
                arguments("每日打卡", OFFICE, null, BAN_1, "打卡"),
                arguments("会议签到", OFFICE, null, BAN_1, "签到"),
                arguments("积分兑换", SERVICE, null, BAN_1, "积分"),
                arguments("部门排名", REPORTING, null, BAN_1, "排名"),
                arguments("使用排行榜", OFFICE, null, BAN_1, "排行"),
                arguments("在线时长统计", OFFICE, null, BAN_1, "在线时长"),
                arguments("在线时间统计", OFFICE, null, BAN_1, "在线时间"),
                arguments("定位打卡", CHECK_IN, null, BAN_1, "打卡"),
                // spaces and punctuation do not hide a banned word
                arguments("打 卡", OFFICE, null, BAN_1, "打卡"),
                arguments("签　到！", OFFICE, null, BAN_1, "签到"),
                // second ban: forced downloads, install and activity rates
                arguments("下载率考核", OFFICE, null, BAN_2, "下载率"),
                arguments("安装率通报", REPORTING, null, BAN_2, "安装率"),
                arguments("激活率统计", REPORTING, null, BAN_2, "激活率"),
                arguments("强制下载提醒", MESSAGING, null, BAN_2, "强制下载"),
                arguments("强制安装", OFFICE, null, BAN_2, "强制安装"),
                arguments("装机量排查", REPORTING, null, BAN_2, "装机量"),
                // third ban: likes, shares, study time, votes
                arguments("文章点赞", LEARNING, null, BAN_3, "点赞"),
                arguments("一键转发", MESSAGING, null, BAN_3, "转发"),
                arguments("学习时长统计", LEARNING, null, BAN_3, "学习时长"),
                arguments("网络投票", SERVICE, null, BAN_3, "投票"),
                arguments("阅读量考核", LEARNING, null, BAN_3, "阅读量考核"),
                // fourth ban: the same figures reported again and again
                arguments("重复填报", REPORTING, null, BAN_4, "重复填报"),
                arguments("数据重复报送", REPORTING, null, BAN_4, "重复报送"),
                arguments("多头填报", REPORTING, null, BAN_4, "多头填报"),
                // fifth ban: commercial use
                arguments("广告推送", MESSAGING, null, BAN_5, "广告"),
                arguments("惠民商城", SERVICE, null, BAN_5, "商城"),
                arguments("电商专区", SERVICE, null, BAN_5, "电商"),
                arguments("直播带货", SERVICE, null, BAN_5, "带货"),
                // unnecessary uploads
                arguments("巡查轨迹上传", OFFICE, null, BAN_6, "轨迹上传"),
                arguments("现场拍照上传", OFFICE, null, BAN_6, "拍照上传"),
                arguments("工作视频上传", OFFICE, null, BAN_6, "视频上传"),
                // the emergency exception covers the first ban only
                arguments("应急学习时长", LEARNING, EMERGENCY, BAN_3, "学习时长"),
                arguments("值班投票", OFFICE, EMERGENCY, BAN_3, "投票"),
                arguments("强制下载", OFFICE, EMERGENCY, BAN_2, "强制下载"),
                arguments("应急商城", SERVICE, EMERGENCY, BAN_5, "商城"));
    }

    @ParameterizedTest(name = "[{index}] {0} ({1}, exception: {2}) blocks")
    @MethodSource("bannedFunctions")
    void blocksBannedFunctionNamingTheFieldTheBanAndWhatGaveItAway(String name, FunctionCategory category,
                                                                    String exceptionReason, String ban, String why) {
        List<Finding> findings = check(Hubei.WUHAN_UNIT,
                wuhanFormWith(Forms.function(name, category, exceptionReason)));

        assertThat(findings).allMatch(f -> f.code() == FindingCode.BANNED_FEATURE);
        assertThat(findings).filteredOn(Finding::blocking).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("functions[1].name");
            assertThat(f.message()).contains("“" + name + "”").contains(ban).contains(why);
            assertThat(f.relatedAppId()).isNull();
        });
        assertThat(PreCheck.blocks(findings)).isTrue();
    }

    static Stream<Arguments> firstBanWithEmergencyException() {
        return Stream.of(
                arguments("应急值守签到", CHECK_IN),
                arguments("安保人员打卡", OFFICE),
                arguments("应急值班在线时长", ONLINE_TIME),
                arguments("值守排班", RANKING),
                arguments("防汛到岗", CHECK_IN));
    }

    @ParameterizedTest(name = "[{index}] {0} ({1}) with an exception reason is advisory")
    @MethodSource("firstBanWithEmergencyException")
    void firstBanFeatureExplainedAsEmergencyDutyIsAdvisoryForTheReviewer(String name, FunctionCategory category) {
        List<Finding> findings = check(Hubei.WUHAN_UNIT, wuhanFormWith(Forms.function(name, category, EMERGENCY)));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.BANNED_FEATURE);
            assertThat(f.blocking()).isFalse();
            assertThat(f.field()).isEqualTo("functions[1].exceptionReason");
            assertThat(f.message()).contains(EMERGENCY).contains("请审核员核实");
        });
        assertThat(PreCheck.blocks(findings)).isFalse();
    }

    @Test
    void checkInCategoryWithBlankExceptionReasonStillBlocks() {
        List<Finding> findings = check(Hubei.WUHAN_UNIT, wuhanFormWith(Forms.function("值班签到", CHECK_IN, "   ")));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.blocking()).isTrue();
            assertThat(f.field()).isEqualTo("functions[1].name");
            assertThat(f.message()).contains("例外说明");
        });
    }

    @Test
    void exceptionExcusesTheCheckInButNotTheLikesOfTheSameFunction() {
        List<Finding> findings = check(Hubei.WUHAN_UNIT,
                wuhanFormWith(Forms.function("应急点赞", CHECK_IN, EMERGENCY)));

        assertThat(findings).extracting(Finding::code, Finding::blocking, Finding::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FindingCode.BANNED_FEATURE, false, "functions[1].exceptionReason"),
                org.assertj.core.groups.Tuple.tuple(FindingCode.BANNED_FEATURE, true, "functions[1].name"));
        assertThat(findings.get(0).message()).contains("（类别 CHECK_IN）").doesNotContain("含“点赞”");
        assertThat(findings.get(1).message()).contains("含“点赞”").contains(BAN_3);
    }

    @Test
    void functionBreakingTwoBansGetsOneFindingPerBanEachNamingItsOwnWord() {
        List<Finding> findings = check(Hubei.WUHAN_UNIT, wuhanFormWith(Forms.function("积分商城", SERVICE, null)));

        assertThat(findings).hasSize(2).allMatch(Finding::blocking)
                .allMatch(f -> f.field().equals("functions[1].name"));
        assertThat(findings.get(0).message()).contains("含“积分”").contains(BAN_1);
        assertThat(findings.get(1).message()).contains("含“商城”").contains(BAN_5);
    }

    @ParameterizedTest(name = "[{index}] {0} ({1}) is not flagged")
    @CsvSource({
            "在线办事, SERVICE",
            "政策查询, SERVICE",
            "消息通知, MESSAGING",
            "办事指南, SERVICE",
            "通知公告, MESSAGING",
            "预约挂号, SERVICE",
            "社保查询, SERVICE",
            "公积金提取, SERVICE",
            "学习资料, LEARNING",
            "信息报送, REPORTING",
            "公文流转, OFFICE",
            "视频会议, OFFICE",
            "在线咨询, SERVICE",
            "下载中心, SERVICE",
            "投诉建议, OTHER"})
    void harmlessFunctionIsNotFlagged(String name, FunctionCategory category) {
        List<Finding> findings = check(Hubei.WUHAN_UNIT, wuhanFormWith(Forms.function(name, category)));

        assertThat(findings).isEmpty();
    }

    @Test
    void reportsEveryBannedFunctionOfTheFormAtOnceWithItsOwnIndex() {
        FilingForm form = Forms.withFunctions(Forms.complete(Hubei.WUHAN_UNIT.code(), "城管通"),
                Forms.function("每日打卡", OFFICE), Forms.service("在线办事"), Forms.function("一键转发", MESSAGING),
                Forms.function("惠民商城", SERVICE));

        List<Finding> findings = check(Hubei.WUHAN_UNIT, form);

        assertThat(findings).extracting(Finding::field)
                .containsExactly("functions[0].name", "functions[2].name", "functions[3].name");
        assertThat(findings).allMatch(Finding::blocking);
    }

    // ---- completeness --------------------------------------------------------------------------------------------

    @Test
    void emptyFormBlocksWithOneFindingPerIncompleteSection() {
        List<Finding> findings = check(Hubei.WUHAN_UNIT, Forms.empty());

        assertThat(findings).allMatch(f -> f.code() == FindingCode.INCOMPLETE_SECTION && f.blocking());
        assertThat(findings).extracting(f -> FormSection.ofField(f.field()))
                .containsExactly(FormSection.values());
        assertThat(findings).extracting(Finding::field).containsExactly("ownerDepartmentCode", "name",
                "handler.name", "projectApproval.reference", "functions", "operations.team", "acceptance.date",
                "similarApps");
        assertThat(findings.get(1).message()).contains(FormSection.IDENTITY.label()).contains("共 4 项未填");
    }

    @Test
    void completeFormOfAWuhanUnitPassesWithoutFindings() {
        List<Finding> findings = check(Hubei.WUHAN_UNIT,
                Forms.complete(Hubei.WUHAN_UNIT.code(), "城管通", "案件上报", "执法文书"));

        assertThat(findings).isEmpty();
    }

    // ---- the level rule ------------------------------------------------------------------------------------------

    static Stream<Arguments> levels() {
        return Stream.of(
                arguments("STREET_UNIT", Hubei.STREET_UNIT, null, true, true),
                arguments("STREET_UNIT", Hubei.STREET_UNIT, "   ", true, true),
                arguments("STREET_UNIT", Hubei.STREET_UNIT, "全区统一部署的网格化管理试点", true, false),
                arguments("COMMUNITY_UNIT", Hubei.COMMUNITY_UNIT, null, true, true),
                arguments("COMMUNITY_UNIT", Hubei.COMMUNITY_UNIT, "社区养老服务试点，经区政府批准", true, false),
                arguments("DISTRICT_UNIT", Hubei.DISTRICT_UNIT, null, false, false),
                arguments("DISTRICT_UNIT", Hubei.DISTRICT_UNIT, "区级统一建设", false, false),
                arguments("WUHAN_UNIT", Hubei.WUHAN_UNIT, null, false, false),
                arguments("PROVINCE_UNIT", Hubei.PROVINCE_UNIT, null, false, false));
    }

    @ParameterizedTest(name = "[{index}] {0}, justification \"{2}\": flagged={3}, blocking={4}")
    @MethodSource("levels")
    void unitsBelowCountyAreFlaggedAndBlockedUnlessTheyJustifyBuilding(String label, Unit owner, String justification,
                                                                      boolean flagged, boolean blocking) {
        FilingForm form = Forms.withJustification(Forms.complete(owner.code(), "网格通"), justification);

        List<Finding> findings = withCode(check(owner, form), FindingCode.LEVEL_BELOW_COUNTY);

        if (!flagged) {
            assertThat(findings).isEmpty();
            return;
        }
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.blocking()).isEqualTo(blocking);
            assertThat(f.field()).isEqualTo("projectApproval.justification");
            assertThat(f.message()).contains(owner.level().label());
            if (!blocking) {
                assertThat(f.message()).contains(justification);
            }
        });
    }

    // ---- duplicates among filed apps -----------------------------------------------------------------------------

    static Stream<Arguments> overlaps() {
        // the filed Wuhan app offers 在线办事, 政策查询, 消息通知, 办事指南
        return Stream.of(
                arguments(List.of("在线办事", "社保查询", "公积金提取", "预约挂号"), false), // 1 of 4: 0.25
                arguments(List.of("在线办事", "政策查询", "公积金提取", "预约挂号"), true),  // 2 of 4: 0.5
                arguments(List.of("在线办事", "政策查询", "消息通知", "预约挂号"), true),    // 3 of 4: 0.75
                arguments(List.of("在线办事", "社保查询", "公积金提取"), false),            // 1 of 3: 0.33
                arguments(List.of("在线办事", "政策查询", "公积金提取"), true),             // 2 of 3: 0.67
                arguments(List.of("社保查询", "公积金提取"), false),                       // 0 of 2
                arguments(List.of("在线 办事。", "政策 查询", "社保查询", "预约挂号"), true)); // normalised names
    }

    @ParameterizedTest(name = "[{index}] {0}: duplicate={1}")
    @MethodSource("overlaps")
    void flagsDuplicateWhenAFiledAppOffersAtLeastHalfOfTheFunctions(List<String> functions, boolean duplicate) {
        App filed = fx.filed(Hubei.WUHAN_UNIT, "江城办", "在线办事", "政策查询", "消息通知", "办事指南");
        FilingForm form = Forms.complete(Hubei.DISTRICT_UNIT.code(), "江岸通", functions.toArray(String[]::new));

        List<Finding> findings = withCode(check(Hubei.DISTRICT_UNIT, form), FindingCode.DUPLICATE_APP);

        if (!duplicate) {
            assertThat(findings).isEmpty();
            return;
        }
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.blocking()).isFalse();
            assertThat(f.field()).isEqualTo("functions");
            assertThat(f.relatedAppId()).isEqualTo(filed.id());
            assertThat(f.message()).contains("江城办").contains(filed.filingNumber());
        });
    }

    @Test
    void filedAppOfAnotherCityNeverCountsAsDuplicate() {
        fx.filed(Hubei.YICHANG_UNIT, "宜昌办", "在线办事", "政策查询", "消息通知");
        FilingForm form = Forms.complete(Hubei.WUHAN_UNIT.code(), "江城办", "在线办事", "政策查询", "消息通知");

        assertThat(check(Hubei.WUHAN_UNIT, form)).isEmpty();
    }

    @Test
    void filedAppElsewhereInTheSameCityCountsAsDuplicate() {
        App filed = fx.filed(Hubei.STREET_UNIT, Forms.withJustification(
                Forms.complete(Hubei.STREET_UNIT.code(), "大智通", "在线办事", "政策查询"), "街道网格化试点"));
        FilingForm form = Forms.complete(Hubei.WUHAN_OTHER_UNIT.code(), "民政通", "在线办事", "政策查询");

        assertThat(withCode(check(Hubei.WUHAN_OTHER_UNIT, form), FindingCode.DUPLICATE_APP))
                .extracting(Finding::relatedAppId).containsExactly(filed.id());
    }

    @Test
    void onlyFiledAppsCountAsDuplicates() {
        String[] functions = {"在线办事", "政策查询", "消息通知"};
        fx.passedPreCheck(Hubei.WUHAN_UNIT, Forms.complete(Hubei.WUHAN_UNIT.code(), "审核中的应用", functions));
        fx.draft(Hubei.WUHAN_UNIT, Forms.complete(Hubei.WUHAN_UNIT.code(), "草稿应用", functions));
        fx.rejected(Hubei.WUHAN_UNIT, Forms.complete(Hubei.WUHAN_UNIT.code(), "被拒的应用", functions));
        FilingForm form = Forms.complete(Hubei.WUHAN_OTHER_UNIT.code(), "民政通", functions);

        assertThat(check(Hubei.WUHAN_OTHER_UNIT, form)).isEmpty();
    }

    @Test
    void anAppUnderRecheckStillHoldsItsFilingAndCountsAsDuplicate() {
        String[] functions = {"在线办事", "政策查询", "消息通知"};
        App rechecked = fx.filed(Hubei.WUHAN_UNIT, Forms.complete(Hubei.WUHAN_UNIT.code(), "复核中的应用", functions));
        rechecked.startRecheck("supervisor.wuhan", fx.clock.instant(), "专项复核");
        fx.apps.save(rechecked);
        FilingForm form = Forms.complete(Hubei.WUHAN_OTHER_UNIT.code(), "民政通", functions);

        assertThat(check(Hubei.WUHAN_OTHER_UNIT, form)).extracting(Finding::relatedAppId)
                .containsExactly(rechecked.id());
    }

    @Test
    void theAppItselfIsNeverItsOwnDuplicate() {
        App filed = fx.filed(Hubei.WUHAN_UNIT, "江城办", "在线办事", "政策查询");

        List<Finding> findings = fx.preCheck.check(filed.id(), filed.form(), filed.owner());

        assertThat(findings).isEmpty();
    }

    @Test
    void listsEveryFiledAppItDuplicates() {
        App first = fx.filed(Hubei.WUHAN_UNIT, "江城办", "在线办事", "政策查询");
        App second = fx.filed(Hubei.DISTRICT_UNIT, "江岸办", "在线办事", "政策查询", "消息通知");
        FilingForm form = Forms.complete(Hubei.WUHAN_OTHER_UNIT.code(), "民政通", "在线办事", "政策查询");

        assertThat(withCode(check(Hubei.WUHAN_OTHER_UNIT, form), FindingCode.DUPLICATE_APP))
                .extracting(Finding::relatedAppId).containsExactlyInAnyOrder(first.id(), second.id());
    }

    // ---- overlap with the unified platform -----------------------------------------------------------------------

    @Test
    void functionTheProvincialPlatformOffersIsAnAdvisoryOverlapOnThatFunction() {
        fx.catalogue.save(new PlatformFunction("420000", "鄂汇办", "社保查询"));
        fx.catalogue.save(new PlatformFunction("420000", "鄂汇办", "公积金提取"));
        FilingForm form = Forms.complete(Hubei.WUHAN_UNIT.code(), "江城办", "在线办事", "社保 查询", "预约挂号");

        List<Finding> findings = check(Hubei.WUHAN_UNIT, form);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.PLATFORM_OVERLAP);
            assertThat(f.blocking()).isFalse();
            assertThat(f.field()).isEqualTo("functions[1].name");
            assertThat(f.message()).contains("鄂汇办").contains("社保查询");
        });
    }

    @Test
    void anotherProvincesPlatformIsNoOverlap() {
        fx.catalogue.save(new PlatformFunction("330000", "浙里办", "社保查询"));
        FilingForm form = Forms.complete(Hubei.WUHAN_UNIT.code(), "江城办", "社保查询");

        assertThat(check(Hubei.WUHAN_UNIT, form)).isEmpty();
    }

    @Test
    void advisoryFindingsAloneDoNotBlock() {
        fx.catalogue.save(new PlatformFunction("420000", "鄂汇办", "社保查询"));
        fx.filed(Hubei.WUHAN_UNIT, "江城办", "社保查询", "在线办事");
        FilingForm form = Forms.withJustification(
                Forms.complete(Hubei.STREET_UNIT.code(), "大智通", "社保查询", "在线办事"), "街道试点");

        List<Finding> findings = check(Hubei.STREET_UNIT, form);

        assertThat(findings).extracting(Finding::code).containsExactlyInAnyOrder(FindingCode.LEVEL_BELOW_COUNTY,
                FindingCode.DUPLICATE_APP, FindingCode.PLATFORM_OVERLAP);
        assertThat(PreCheck.blocks(findings)).isFalse();
    }

    @Test
    void settingsRefuseAThresholdOutsideZeroToOne() {
        for (double bad : Arrays.asList(0.0, -0.1, 1.01)) {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> new PreCheckSettings(PreCheckSettings.defaultBannedWords(), bad))
                    .withMessageContaining("duplicateThreshold");
        }
    }
}
