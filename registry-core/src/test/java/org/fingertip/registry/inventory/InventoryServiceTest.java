package org.fingertip.registry.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Audience;
import org.fingertip.registry.app.StatusChange;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.form.FormRules;
import org.fingertip.registry.inventory.InventoryResult.Rejection;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.Forms;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.registry.testing.InMemoryInventory;
import org.fingertip.registry.testing.InMemoryUsageFacts;
import org.fingertip.registry.usage.UsageEntry;
import org.fingertip.registry.usage.UsageMonth;
import org.junit.jupiter.api.Test;

/** Importing the inventory of apps already live: what becomes of each row, once, whatever is imported again. */
class InventoryServiceTest {
    /** The rules' default: 2026-01-25 + 6 months. */
    private static final LocalDate DEADLINE = LocalDate.of(2026, 7, 25);

    private final FilingFixture fx = new FilingFixture();
    private final InMemoryInventory inventory = new InMemoryInventory(fx.apps);
    private final InMemoryUsageFacts usage = new InMemoryUsageFacts();
    private final InventoryService service = new InventoryService(inventory, fx.apps, fx.departments, usage,
            InventorySettings.defaults(), fx.clock);

    private final Actor wuhanSupervisor = Actors.supervisor("supervisor.wuhan", Hubei.WUHAN);
    private final Actor admin = Actors.admin("admin", Hubei.PROVINCE);

    private static InventoryRow row(int line, String unit, String name, String kind) {
        return InventoryRow.of(line, unit, name, kind, "公众", "华为应用市场、苹果 App Store", "2024-05-01", null, null);
    }

    private static InventoryRow wuhan(int line, String name, String kind) {
        return row(line, Hubei.WUHAN_UNIT.code(), name, kind);
    }

    private App app(long id) {
        return fx.apps.byId(id).orElseThrow();
    }

    private App onlyAppNamed(String name) {
        List<App> found = fx.apps.all().stream().filter(a -> name.equals(a.form().name())).toList();
        assertThat(found).as("apps named %s", name).hasSize(1);
        return found.get(0);
    }

    @Test
    void filedKindsBecomeLiveUnfiledWithTheDeadlineAndAccountsGroupsAndSystemsAreRegistered() {
        InventoryResult result = service.importRows(wuhanSupervisor, "清单.csv", List.of(
                wuhan(2, "江城办", "APP"),
                wuhan(3, "城管随手拍", "小程序"),
                wuhan(4, "城管快办", "快应用"),
                wuhan(5, "城管轻应用", "轻应用"),
                wuhan(6, "武汉城管发布", "公众号"),
                wuhan(7, "城管执法一群", "WORK_GROUP"),
                wuhan(8, "执法办案系统", "信息系统")));

        assertThat(result.created()).isEqualTo(7);
        assertThat(result.rejected()).isEmpty();
        for (String name : List.of("江城办", "城管随手拍", "城管快办", "城管轻应用")) {
            App app = onlyAppNamed(name);
            assertThat(app.status()).as(name).isEqualTo(AppStatus.LIVE_UNFILED);
            assertThat(inventory.byApp(app.id()).orElseThrow().filingDeadline()).isEqualTo(DEADLINE);
        }
        for (String name : List.of("武汉城管发布", "城管执法一群", "执法办案系统")) {
            App app = onlyAppNamed(name);
            assertThat(app.status()).as(name).isEqualTo(AppStatus.REGISTERED);
            assertThat(inventory.byApp(app.id()).orElseThrow().filingDeadline()).isNull();
        }
        App live = onlyAppNamed("江城办");
        assertThat(fx.apps.history(live.id())).singleElement().satisfies(change -> {
            assertThat(change.to()).isEqualTo(AppStatus.LIVE_UNFILED);
            assertThat(change.actor()).isEqualTo("supervisor.wuhan");
            assertThat(change.reason()).contains("清单.csv 第 2 行", "2024-05-01", "2026-07-25");
        });
    }

    @Test
    void theSameFileImportedTwiceCreatesEachAppOnceAndChangesNothingTheSecondTime() {
        List<InventoryRow> rows = IntStream.range(0, 50)
                .mapToObj(i -> wuhan(i + 2, "存量应用" + i, i % 5 == 0 ? "公众号" : "APP")).toList();

        InventoryResult first = service.importRows(wuhanSupervisor, "a.csv", rows);
        InventoryResult second = service.importRows(wuhanSupervisor, "a.csv", rows);

        assertThat(first.created()).isEqualTo(50);
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(50);
        assertThat(fx.apps.all()).hasSize(50);
        assertThat(inventory.entries()).hasSize(50);
    }

    @Test
    void aNameSpelledWithOtherSpacesOrPunctuationIsTheSameEntryAndUpdatesItsFacts() {
        service.importRows(wuhanSupervisor, "a.csv", List.of(wuhan(2, "武汉城管通", "APP")));
        App app = onlyAppNamed("武汉城管通");

        InventoryResult again = service.importRows(admin, "b.csv", List.of(InventoryRow.of(9, Hubei.WUHAN_UNIT.code(),
                "武汉 城管通。", "移动应用（APP）", "内部", "华为应用市场", "2024-06-01", "cn.gov.wuhan.cg", null)));

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(1);
        assertThat(fx.apps.all()).hasSize(1);
        InventoryEntry entry = inventory.byApp(app.id()).orElseThrow();
        assertThat(entry.name()).isEqualTo("武汉 城管通。");
        assertThat(entry.audience()).isEqualTo(Audience.INTERNAL);
        assertThat(entry.updatedBy()).isEqualTo("admin");
        assertThat(entry.createdBy()).isEqualTo("supervisor.wuhan");
        assertThat(entry.line()).isEqualTo(9);
        assertThat(entry.filingDeadline()).isEqualTo(DEADLINE);
        // the form, untouched by its unit, follows the inventory
        FilingForm form = app(app.id()).form();
        assertThat(form.audience()).isEqualTo(Audience.INTERNAL);
        assertThat(form.stores()).containsExactly("华为应用市场");
        assertThat(form.packageName()).isEqualTo("cn.gov.wuhan.cg");
        assertThat(form.acceptance().date()).isEqualTo(LocalDate.of(2024, 6, 1));
    }

    @Test
    void whatTheUnitTypedIntoTheFormStaysWhenTheInventoryIsImportedAgain() {
        service.importRows(wuhanSupervisor, "a.csv", List.of(wuhan(2, "武汉城管通", "APP")));
        App app = onlyAppNamed("武汉城管通");
        Actor applicant = Actors.applicant(Hubei.WUHAN_UNIT);
        FilingForm prefilled = app.form();
        FilingForm typed = new FilingForm(prefilled.ownerDepartmentCode(), prefilled.name(), prefilled.kind(),
                Audience.INTERNAL, List.of("小米应用商店"), "cn.gov.wuhan.cgt", null, null, null, null,
                new FilingForm.Acceptance(LocalDate.of(2024, 4, 20), "验收合格"), null, null);
        fx.service.replaceForm(applicant, app.id(), typed);

        service.importRows(wuhanSupervisor, "b.csv", List.of(InventoryRow.of(2, Hubei.WUHAN_UNIT.code(), "武汉城管通",
                "APP", "公众", "应用宝", "2023-01-01", null, null)));

        FilingForm form = app(app.id()).form();
        assertThat(form.stores()).isEqualTo(typed.stores());
        assertThat(form.audience()).isEqualTo(typed.audience());
        assertThat(form.packageName()).isEqualTo(typed.packageName());
        assertThat(form.acceptance()).isEqualTo(typed.acceptance());
        assertThat(inventory.byApp(app.id()).orElseThrow().stores()).containsExactly("应用宝");
    }

    @Test
    void rowsOfAMergedUnitAreRejectedSayingWhereItWent() {
        fx.departments.save(Hubei.WUHAN_OTHER_UNIT.mergeInto(Hubei.WUHAN_UNIT));

        InventoryResult result = service.importRows(wuhanSupervisor, "a.csv", List.of(
                row(2, Hubei.WUHAN_OTHER_UNIT.code(), "民政通", "APP"), wuhan(3, "城管通", "APP")));

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reason()).contains("已并入 420100-007");
        });
    }

    @Test
    void badRowsAreRejectedByLineWithEveryReasonAndTheOthersLoad() {
        InventoryResult result = service.importRows(wuhanSupervisor, "a.csv", List.of(
                wuhan(2, "好应用", "APP"),
                InventoryRow.of(3, "420100-7", "", "电子邮件", "大家", "", "2099-01-01", "坏 包名", null),
                InventoryRow.unreadable(4, "引号未闭合"),
                wuhan(5, "又一个好应用", "小程序"),
                InventoryRow.of(6, Hubei.WUHAN_UNIT.code(), "缺平台", "APP", "公众", "", "2024-05-01", null, null),
                InventoryRow.of(7, Hubei.WUHAN_UNIT.code(), "坏用量", "APP", "公众", "应用宝", "2024-05-01", null,
                        new UsageEntry("2026-02", "-3", null, null, null, null))));

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.rejected()).extracting(Rejection::line).containsExactly(3, 4, 6, 7);
        assertThat(result.rejected().get(0).reason()).contains("主办单位编码：应为“区划代码-三位序号”", "名称：请填写",
                "类型：不是可识别的类型，收到“电子邮件”", "服务对象：应为 内部/INTERNAL 或 公众/PUBLIC", "上线日期：不能晚于今天",
                "包名：");
        assertThat(result.rejected().get(1).reason()).isEqualTo("引号未闭合");
        assertThat(result.rejected().get(2).reason()).contains("上架平台：请填写");
        assertThat(result.rejected().get(3).reason()).contains("月活跃用户数：不能为负数", "请填写服务对象规模");
        assertThat(fx.apps.all()).extracting(a -> a.form().name()).containsExactlyInAnyOrder("好应用", "又一个好应用");
    }

    @Test
    void aUnitOutsideTheJurisdictionReadsLikeOneThatDoesNotExist() {
        InventoryResult result = service.importRows(wuhanSupervisor, "a.csv", List.of(
                row(2, Hubei.YICHANG_UNIT.code(), "宜昌人社通", "APP"),
                row(3, "420100-999", "不存在单位的应用", "APP"),
                row(4, Hubei.DISTRICT_UNIT.code(), "江岸区政务通", "APP")));

        assertThat(result.rejected()).containsExactly(
                new Rejection(2, "主办单位 420500-003 不在您的辖区内或不存在"),
                new Rejection(3, "主办单位 420100-999 不在您的辖区内或不存在"));
        assertThat(result.created()).isEqualTo(1);
        assertThat(onlyAppNamed("江岸区政务通").owner()).isEqualTo(Hubei.DISTRICT_UNIT);
    }

    @Test
    void aSecondRowWithTheKeyOfAnEarlierRowOfTheFileIsRejected() {
        InventoryResult result = service.importRows(wuhanSupervisor, "a.csv", List.of(
                wuhan(2, "城管通", "APP"), wuhan(3, "城管 通", "APP"), wuhan(4, "城管通", "小程序")));

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).startsWith("与第 2 行重复");
        });
    }

    @Test
    void onlySupervisorsAndOperatorsImport() {
        List<InventoryRow> rows = List.of(wuhan(2, "城管通", "APP"));
        for (Actor actor : List.of(Actors.applicant(Hubei.WUHAN_UNIT), Actors.wuhanReviewer(),
                Actors.observer("observer.wuhan", Hubei.WUHAN))) {
            assertThatThrownBy(() -> service.importRows(actor, "a.csv", rows)).isInstanceOf(ForbiddenException.class);
        }
        assertThat(fx.apps.all()).isEmpty();
        assertThat(service.importRows(admin, "a.csv", rows).created()).isEqualTo(1);
    }

    @Test
    void aFileOfTooManyRowsIsRefusedAsAWhole() {
        List<InventoryRow> rows = new ArrayList<>();
        for (int i = 0; i <= InventoryService.MAX_IMPORT_ROWS; i++) {
            rows.add(wuhan(i + 2, "应用" + i, "APP"));
        }
        assertThatThrownBy(() -> service.importRows(wuhanSupervisor, "big.csv", rows))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).message()).contains("最多 10000 行"));
        assertThat(fx.apps.all()).isEmpty();
    }

    @Test
    void anAppAlreadyInTheRegistryIsRecordedAndKeepsItsStatus() {
        App filed = fx.filed(Hubei.WUHAN_UNIT, "城管通", "案件上报");

        InventoryResult result = service.importRows(wuhanSupervisor, "a.csv", List.of(wuhan(2, "城管 通", "APP")));

        assertThat(result.created()).isZero();
        assertThat(result.updated()).isEqualTo(1);
        assertThat(fx.apps.all()).hasSize(1);
        assertThat(app(filed.id()).status()).isEqualTo(AppStatus.FILED);
        assertThat(inventory.byApp(filed.id()).orElseThrow().key())
                .isEqualTo(InventoryKey.of(Hubei.WUHAN_UNIT.code(), "城管通", AppKind.APP));
        // a rejected application is not that app: the one live now is new
        fx.rejected(Hubei.WUHAN_UNIT, Forms.complete(Hubei.WUHAN_UNIT.code(), "被驳回的应用"));
        assertThat(service.importRows(wuhanSupervisor, "b.csv", List.of(wuhan(2, "被驳回的应用", "APP"))).created())
                .isEqualTo(1);
    }

    @Test
    void aRowsUsageFactsAreStoredForItsMonthOnce() {
        UsageEntry february = new UsageEntry("2026-02", "1200", "35000", "2026-01-20", "2026-02-27", "是");
        InventoryRow withUsage = InventoryRow.of(2, Hubei.WUHAN_UNIT.code(), "城管通", "APP", "公众", "应用宝",
                "2024-05-01", null, february);

        service.importRows(wuhanSupervisor, "a.csv", List.of(withUsage));
        InventoryResult again = service.importRows(wuhanSupervisor, "a.csv", List.of(withUsage));
        InventoryResult corrected = service.importRows(wuhanSupervisor, "a.csv", List.of(InventoryRow.of(2,
                Hubei.WUHAN_UNIT.code(), "城管通", "APP", "公众", "应用宝", "2024-05-01", null,
                new UsageEntry("2026-02", "1300", "35000", "2026-01-20", "2026-02-27", "是"))));

        long appId = onlyAppNamed("城管通").id();
        UsageMonth stored = usage.month(appId, YearMonth.of(2026, 2)).orElseThrow();
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(corrected.updated()).isEqualTo(1);
        assertThat(stored.monthlyActiveUsers()).isEqualTo(1300);
        assertThat(stored.recordedBy()).isEqualTo("supervisor.wuhan");
    }

    @Test
    void theUnitsOfTheGoodRowsAreLockedOnceInOrderBeforeAnythingIsWritten() {
        service.importRows(admin, "a.csv", List.of(
                row(2, Hubei.YICHANG_UNIT.code(), "宜昌通", "APP"),
                row(3, Hubei.WUHAN_UNIT.code(), "武汉通", "APP"),
                row(4, Hubei.YICHANG_UNIT.code(), "宜昌发布", "公众号"),
                row(5, "420100-999", "无此单位", "APP")));

        assertThat(inventory.lockCalls()).containsExactly(List.of("420100-007", "420500-003"));
    }

    @Test
    void everyImportIsRecordedWithWhoWhenWhichFileAndWhatBecameOfItsRows() {
        InventoryResult result = service.importRows(wuhanSupervisor, "存量清单.xlsx", List.of(
                wuhan(2, "城管通", "APP"), InventoryRow.unreadable(3, "列数超过 200，无法读取")));

        ImportLog log = inventory.importLog(result.importId()).orElseThrow();
        assertThat(log.fileName()).isEqualTo("存量清单.xlsx");
        assertThat(log.importedBy()).isEqualTo("supervisor.wuhan");
        assertThat(log.importedAt()).isEqualTo(fx.clock.instant());
        assertThat(log.rows()).isEqualTo(2);
        assertThat(log.created()).isEqualTo(1);
        assertThat(log.rejected()).containsExactly(new Rejection(3, "列数超过 200，无法读取"));
        assertThat(inventory.byApp(onlyAppNamed("城管通").id()).orElseThrow().importId()).isEqualTo(result.importId());
    }

    @Test
    void theApplicantFilesALiveUnfiledAppThroughTheNormalFilingWithTheFormPrefilled() {
        service.importRows(wuhanSupervisor, "a.csv", List.of(InventoryRow.of(2, Hubei.WUHAN_UNIT.code(), "江城办",
                "APP", "公众", "华为应用市场、应用宝", "2024-05-01", "cn.gov.wuhan.jcb", null)));
        App live = onlyAppNamed("江城办");
        Actor applicant = Actors.applicant(Hubei.WUHAN_UNIT);

        FilingForm prefilled = fx.service.visible(applicant, live.id()).form();
        assertThat(prefilled.ownerDepartmentCode()).isEqualTo("420100-007");
        assertThat(prefilled.kind()).isEqualTo(AppKind.APP);
        assertThat(prefilled.audience()).isEqualTo(Audience.PUBLIC);
        assertThat(prefilled.stores()).containsExactly("华为应用市场", "应用宝");
        assertThat(prefilled.packageName()).isEqualTo("cn.gov.wuhan.jcb");
        assertThat(prefilled.acceptance().date()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(FormRules.missingFields(prefilled)).extracting(e -> e.field())
                .doesNotContain("name", "kind", "audience", "stores", "packageName", "acceptance.date");

        FilingForm complete = Forms.complete(Hubei.WUHAN_UNIT.code(), "江城办");
        fx.service.replaceForm(applicant, live.id(), new FilingForm(prefilled.ownerDepartmentCode(), prefilled.name(),
                prefilled.kind(), prefilled.audience(), prefilled.stores(), prefilled.packageName(), complete.handler(),
                complete.projectApproval(), complete.functions(), complete.operations(),
                new FilingForm.Acceptance(prefilled.acceptance().date(), "验收合格"), List.of(), true));
        App submitted = fx.service.submit(applicant, live.id());

        assertThat(service.filingDeadlineOf(live)).contains(DEADLINE);
        assertThat(submitted.status()).isEqualTo(AppStatus.UNDER_REVIEW);
        assertThat(service.filingDeadlineOf(submitted)).isEmpty();
        assertThat(fx.apps.history(live.id())).extracting(StatusChange::to)
                .containsExactly(AppStatus.LIVE_UNFILED, AppStatus.UNDER_REVIEW);
        assertThat(service.backlog(wuhanSupervisor, null, 0, 20).items()).isEmpty();
    }

    @Test
    void theBacklogListsTheJurisdictionsLiveUnfiledAppsEarliestDeadlineFirstWithTheirDaysLeft() {
        service.importRows(admin, "a.csv", List.of(wuhan(2, "城管通", "APP"), wuhan(3, "城管发布", "公众号"),
                row(4, Hubei.DISTRICT_UNIT.code(), "江岸通", "小程序"), row(5, Hubei.YICHANG_UNIT.code(), "宜昌通", "APP")));
        App recordedBefore = fx.service.recordInventory(admin, Forms.complete(Hubei.WUHAN_UNIT.code(), "早先登记"), "清查");

        BacklogPage page = service.backlog(wuhanSupervisor, null, 0, 20);

        assertThat(page.items()).extracting(BacklogPage.Row::name)
                .containsExactlyInAnyOrder("城管通", "江岸通", "早先登记");
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.overdue()).isZero();
        assertThat(page.today()).isEqualTo(LocalDate.of(2026, 3, 2));
        BacklogPage.Row first = page.items().get(0);
        assertThat(first.deadline()).isEqualTo(DEADLINE);
        assertThat(first.daysLeft(page.today())).isEqualTo(145);
        assertThat(first.launchDate()).isNotNull();
        BacklogPage.Row earlier = page.items().stream().filter(r -> r.appId() == recordedBefore.id()).findFirst()
                .orElseThrow();
        assertThat(earlier.deadline()).as("the rule's deadline without an entry").isEqualTo(DEADLINE);
        assertThat(earlier.launchDate()).isNull();
        assertThat(service.backlog(wuhanSupervisor, "420102", 0, 20).items()).extracting(BacklogPage.Row::name)
                .containsExactly("江岸通");
        assertThat(service.backlog(admin, null, 0, 20).total()).isEqualTo(4);
        for (Actor actor : List.of(Actors.applicant(Hubei.WUHAN_UNIT), Actors.wuhanReviewer(),
                Actors.observer("observer.wuhan", Hubei.WUHAN))) {
            assertThatThrownBy(() -> service.backlog(actor, null, 0, 20)).isInstanceOf(ForbiddenException.class);
        }
    }
}
