package org.fingertip.registry.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerItem;
import org.fingertip.registry.ledger.LedgerService;
import org.fingertip.registry.ledger.LedgerSettings;
import org.fingertip.registry.ledger.LedgerSource;
import org.fingertip.registry.notice.Notice;
import org.fingertip.registry.notice.NoticeKind;
import org.fingertip.registry.notice.NoticeService;
import org.fingertip.registry.notice.NoticeSubject;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.Forms;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.registry.testing.InMemoryInventory;
import org.fingertip.registry.testing.InMemoryLedgerItems;
import org.fingertip.registry.testing.InMemoryNotices;
import org.fingertip.registry.testing.InMemoryUsageFacts;
import org.junit.jupiter.api.Test;

/** The daily sweep: an app past its filing deadline is put on the ledger and proposed for exit, once. */
class BacklogSweepTest {
    private static final LocalDate DEADLINE = LocalDate.of(2026, 7, 25);

    private final FilingFixture fx = new FilingFixture();
    private final InMemoryInventory inventory = new InMemoryInventory(fx.apps);
    private final InMemoryLedgerItems ledgerItems = new InMemoryLedgerItems();
    private final InMemoryNotices noticeStore = new InMemoryNotices();
    private final LedgerService ledger = new LedgerService(ledgerItems, fx.apps, LedgerSettings.defaults(), fx.clock);
    private final List<Long> locked = new ArrayList<>();
    private final InventorySettings settings = new InventorySettings(LocalDate.of(2026, 1, 25), 6, 2);
    private final BacklogSweep sweep = new BacklogSweep(inventory, fx.apps, locked::add,
            new NoticeService(noticeStore, fx.clock), settings, fx.clock);
    private final InventoryService inventoryService = new InventoryService(inventory, fx.apps, fx.departments,
            new InMemoryUsageFacts(), settings, fx.clock);
    private final BacklogSweep.LedgerOpener opener =
            (app, category, finding, source, ref) -> ledger.openFor(app, category, finding, source, ref, "system");
    private final Actor admin = Actors.admin("admin", Hubei.PROVINCE);

    /** The start of a day in Shanghai. */
    private static Instant on(LocalDate day) {
        return day.atStartOfDay(WorkingCalendar.ZONE).toInstant();
    }

    private App imported(String unitCode, String name) {
        inventoryService.importRows(admin, "a.csv", List.of(InventoryRow.of(2, unitCode, name, "APP", "公众", "应用宝",
                "2024-05-01", null, null)));
        return fx.apps.all().stream().filter(a -> name.equals(a.form().name())).findFirst().orElseThrow();
    }

    private List<LedgerItem> itemsOf(long appId) {
        return ledgerItems.search(new org.fingertip.registry.ledger.LedgerQuery(null, null, null, null, null, null,
                appId, 0, 100)).items().stream().map(r -> ledgerItems.byId(r.id()).orElseThrow()).toList();
    }

    @Test
    void anAppPastItsDeadlineIsPutOnTheLedgerAndProposedForADirectedExitOnceHoweverOftenTheSweepRuns() {
        App app = imported(Hubei.WUHAN_UNIT.code(), "城管通");
        fx.clock.set(on(DEADLINE.plusDays(3)));

        Optional<OverdueRecord> first = sweep.sweep(app.id(), fx.clock.instant(), opener);
        Optional<OverdueRecord> second = sweep.sweep(app.id(), fx.clock.instant(), opener);

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(locked).containsExactly(app.id(), app.id());
        List<LedgerItem> items = itemsOf(app.id());
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.category()).isEqualTo(LedgerCategory.UNFILED);
            assertThat(item.source()).isEqualTo(LedgerSource.INVENTORY);
            assertThat(item.sourceRef()).isEqualTo("backlog:" + app.id());
            assertThat(item.finding()).contains("城管通", "2026-07-25", "已逾期 3 天", "定向退出");
            assertThat(item.owner()).isEqualTo(Hubei.WUHAN_UNIT);
        });
        assertThat(noticeStore.all()).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo("supervisor:420100");
            assertThat(n.kind()).isEqualTo(NoticeKind.FILING_OVERDUE);
            assertThat(n.subjectType()).isEqualTo(NoticeSubject.APP);
            assertThat(n.subjectId()).isEqualTo(app.id());
            assertThat(n.appId()).isEqualTo(app.id());
            assertThat(n.text()).contains("城管通", "建议定向退出", "台账 " + items.get(0).id());
        });
        OverdueRecord record = first.get();
        assertThat(record.ledgerItemId()).isEqualTo(items.get(0).id());
        assertThat(record.noticeId()).isEqualTo(noticeStore.all().get(0).id());
        assertThat(record.deadline()).isEqualTo(DEADLINE);
        BacklogPage.Row row = inventoryService.backlog(admin, null, 0, 20).items().get(0);
        assertThat(row.exitProposedAt()).isEqualTo(fx.clock.instant());
        assertThat(row.ledgerItemId()).isEqualTo(items.get(0).id());
    }

    @Test
    void onTheDeadlineDayItselfNothingHappens() {
        App app = imported(Hubei.WUHAN_UNIT.code(), "城管通");

        assertThat(sweep.sweep(app.id(), on(DEADLINE).plusSeconds(86_399), opener)).isEmpty();
        assertThat(sweep.sweep(app.id(), on(DEADLINE.plusDays(1)), opener)).isPresent();
    }

    @Test
    void anAppSubmittedForFilingMeanwhileIsNotSwept() {
        App app = imported(Hubei.WUHAN_UNIT.code(), "江城办");
        Actor applicant = Actors.applicant(Hubei.WUHAN_UNIT);
        FilingForm complete = Forms.complete(Hubei.WUHAN_UNIT.code(), "江城办");
        fx.service.replaceForm(applicant, app.id(), complete);
        fx.service.submit(applicant, app.id());
        fx.clock.set(on(DEADLINE.plusDays(30)));

        assertThat(sweep.due()).isEmpty();
        assertThat(sweep.sweep(app.id(), fx.clock.instant(), opener)).isEmpty();
        assertThat(itemsOf(app.id())).isEmpty();
    }

    @Test
    void dueListsTheOverdueAppsNotYetSweptEarliestDeadlineFirstABatchAtATime() {
        App a = imported(Hubei.WUHAN_UNIT.code(), "甲");
        App b = imported(Hubei.YICHANG_UNIT.code(), "乙");
        App c = imported(Hubei.PROVINCE_UNIT.code(), "丙");
        assertThat(sweep.due()).as("before the deadline").isEmpty();
        fx.clock.set(on(DEADLINE.plusDays(1)));

        assertThat(sweep.due()).containsExactly(a.id(), b.id());
        sweep.sweep(a.id(), fx.clock.instant(), opener);
        assertThat(sweep.due()).containsExactly(b.id(), c.id());
    }

    @Test
    void batchesRunUntilEveryOverdueAppIsSwept() {
        App a = imported(Hubei.WUHAN_UNIT.code(), "甲");
        App b = imported(Hubei.YICHANG_UNIT.code(), "乙");
        App c = imported(Hubei.PROVINCE_UNIT.code(), "丙");
        fx.clock.set(on(DEADLINE.plusDays(1)));

        BacklogSweep.Batch first = sweep.runBatch(opener);
        BacklogSweep.Batch second = sweep.runBatch(opener);
        BacklogSweep.Batch third = sweep.runBatch(opener);

        assertThat(first).isEqualTo(new BacklogSweep.Batch(2, 2, true));
        assertThat(second).isEqualTo(new BacklogSweep.Batch(1, 1, false));
        assertThat(third).isEqualTo(new BacklogSweep.Batch(0, 0, false));
        assertThat(inventory.overdueRecords()).extracting(OverdueRecord::appId)
                .containsExactly(a.id(), b.id(), c.id());
    }

    @Test
    void aProvincialUnitsProposalGoesToTheProvincesSupervisors() {
        App app = imported(Hubei.PROVINCE_UNIT.code(), "鄂政通");
        App district = imported(Hubei.DISTRICT_UNIT.code(), "江岸通");
        fx.clock.set(on(DEADLINE.plusDays(1)));

        sweep.sweep(app.id(), fx.clock.instant(), opener);
        sweep.sweep(district.id(), fx.clock.instant(), opener);

        assertThat(noticeStore.all()).extracting(Notice::recipient)
                .containsExactly("supervisor:420000", "supervisor:420100");
    }

    @Test
    void aLiveUnfiledAppRecordedWithoutAnInventoryEntryHasTheRulesDeadline() {
        App app = fx.service.recordInventory(admin, Forms.complete(Hubei.WUHAN_UNIT.code(), "早先登记"), "清查");
        fx.clock.set(on(DEADLINE.plusDays(1)));

        assertThat(sweep.due()).containsExactly(app.id());
        assertThat(sweep.sweep(app.id(), fx.clock.instant(), opener)).get()
                .extracting(OverdueRecord::deadline).isEqualTo(DEADLINE);
    }
}
