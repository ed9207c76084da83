package org.fingertip.db.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fingertip.db.TestApps.at;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fingertip.db.TestApps;
import org.fingertip.db.TestTree;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.app.Audience;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.inventory.BacklogPage;
import org.fingertip.registry.inventory.BacklogQuery;
import org.fingertip.registry.inventory.ImportLog;
import org.fingertip.registry.inventory.Inventory;
import org.fingertip.registry.inventory.InventoryEntry;
import org.fingertip.registry.inventory.InventoryFacts;
import org.fingertip.registry.inventory.InventoryKey;
import org.fingertip.registry.inventory.InventoryResult;
import org.fingertip.registry.inventory.OverdueRecord;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerItem;
import org.fingertip.registry.ledger.LedgerItems;
import org.fingertip.registry.ledger.LedgerSettings;
import org.fingertip.registry.ledger.LedgerSource;
import org.fingertip.registry.notice.Notice;
import org.fingertip.registry.notice.NoticeKind;
import org.fingertip.registry.notice.NoticeSubject;
import org.fingertip.registry.notice.Notices;
import org.fingertip.registry.shared.StateConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inventory's tables: entries round-trip under their unique key, which holds when two imports race; imports are
 * recorded; the backlog reads LIVE_UNFILED apps with their deadline; the sweep's record is made once per app.
 */
@SpringBootTest
class MyBatisInventoryIT {
    private static final LocalDate DEADLINE = LocalDate.of(2026, 7, 25);

    @Autowired
    Inventory inventory;
    @Autowired
    Apps apps;
    @Autowired
    Departments departments;
    @Autowired
    LedgerItems ledgerItems;
    @Autowired
    Notices notices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    TestTree tree;

    @BeforeEach
    void freshTree() {
        tree = TestTree.saved(departments);
    }

    private static InventoryFacts facts(Unit unit, String name, AppKind kind) {
        return new InventoryFacts(unit.code(), name, kind, Audience.PUBLIC, List.of("华为应用市场", "应用宝"),
                "cn.gov.test.inv", LocalDate.of(2024, 5, 1), null);
    }

    private App liveUnfiled(Unit unit, String name) {
        FilingForm form = new FilingForm(unit.code(), name, AppKind.APP, Audience.PUBLIC, List.of("应用宝"), null, null,
                null, null, null, null, null, null);
        return apps.save(App.inventoried(form, unit, "supervisor.x", at(0), "存量清单导入"));
    }

    private long newImport(String by) {
        return inventory.begin(ImportLog.begun("存量清单.csv", by, at(0), 1));
    }

    private InventoryEntry entryFor(App app, InventoryFacts facts, LocalDate deadline) {
        return inventory.save(InventoryEntry.of(app.id(), facts, deadline, newImport("supervisor.x"), 2,
                "supervisor.x", at(1)));
    }

    @Test
    void givenAnEntry_thenEveryFieldRoundTripsAndAnUpdateKeepsItsKeyAppAndDeadline() {
        App app = liveUnfiled(tree.cityUnit, "江城办𠀀");
        InventoryEntry saved = entryFor(app, facts(tree.cityUnit, "江城办𠀀", AppKind.APP), DEADLINE);

        assertThat(saved.id()).isNotNull();
        assertThat(inventory.byApp(app.id())).contains(saved);
        assertThat(inventory.byKey(InventoryKey.of(tree.cityUnit.code(), "江城 办𠀀。", AppKind.APP))).contains(saved);
        assertThat(inventory.byKey(InventoryKey.of(tree.cityUnit.code(), "江城办𠀀", AppKind.MINI_PROGRAM))).isEmpty();

        long later = newImport("admin");
        InventoryFacts changed = new InventoryFacts(tree.cityUnit.code(), "江城 办𠀀", AppKind.APP, Audience.INTERNAL,
                List.of(), null, LocalDate.of(2023, 1, 2), null);
        inventory.save(saved.updatedWith(changed, later, 7, "admin", at(5)));

        InventoryEntry read = inventory.byApp(app.id()).orElseThrow();
        assertThat(read.name()).isEqualTo("江城 办𠀀");
        assertThat(read.audience()).isEqualTo(Audience.INTERNAL);
        assertThat(read.stores()).isEmpty();
        assertThat(read.packageName()).isNull();
        assertThat(read.launchDate()).isEqualTo(LocalDate.of(2023, 1, 2));
        assertThat(read.importId()).isEqualTo(later);
        assertThat(read.line()).isEqualTo(7);
        assertThat(read.updatedBy()).isEqualTo("admin");
        assertThat(read.updatedAt()).isEqualTo(at(5));
        assertThat(read.createdBy()).isEqualTo("supervisor.x");
        assertThat(read.createdAt()).isEqualTo(at(1));
        assertThat(read.key()).isEqualTo(saved.key());
        assertThat(read.filingDeadline()).isEqualTo(DEADLINE);
    }

    @Test
    void aSecondEntryWithTheSameKeyOrForTheSameAppIsRefused() {
        App app = liveUnfiled(tree.cityUnit, "城管通");
        App other = liveUnfiled(tree.cityUnit, "城管通二");
        entryFor(app, facts(tree.cityUnit, "城管通", AppKind.APP), DEADLINE);

        assertThatThrownBy(() -> entryFor(other, facts(tree.cityUnit, "城管 通", AppKind.APP), DEADLINE))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> entryFor(app, facts(tree.cityUnit, "城管通", AppKind.MINI_PROGRAM), DEADLINE))
                .isInstanceOf(StateConflictException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_inventory WHERE unit_code = ?", Long.class,
                tree.cityUnit.code())).isEqualTo(1);
    }

    /** One import of a row: find the key, or create the app and its entry; slow to commit, to overlap the other. */
    private String importOnce(TransactionTemplate tx, CountDownLatch start, boolean lockUnits, String name) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return tx.execute(status -> {
            if (lockUnits) {
                inventory.lockUnits(List.of(tree.cityUnit.code()));
            }
            InventoryFacts f = facts(tree.cityUnit, name, AppKind.APP);
            if (inventory.byKey(f.key()).isPresent()) {
                return "found";
            }
            App app = liveUnfiled(tree.cityUnit, name);
            entryFor(app, f, DEADLINE);
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "created";
        });
    }

    private List<Object> race(boolean lockUnits, String name) throws InterruptedException {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> importOnce(tx, start, lockUnits, name)));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<String> f : runs) {
                try {
                    outcomes.add(f.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("an import did not finish", e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private long entriesNamed(String name) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM app_inventory WHERE unit_code = ? AND name = ?", Long.class,
                tree.cityUnit.code(), name);
    }

    private long appsNamed(String name) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM app WHERE owner_unit_code = ? AND name = ?", Long.class,
                tree.cityUnit.code(), name);
    }

    @Test
    void givenTheSameRowImportedTwiceAtOnce_thenTheUnitLockMakesTheSecondFindTheFirstsEntry() throws Exception {
        List<Object> outcomes = race(true, "并发导入应用");

        assertThat(outcomes).containsExactlyInAnyOrder("created", "found");
        assertThat(entriesNamed("并发导入应用")).isEqualTo(1);
        assertThat(appsNamed("并发导入应用")).isEqualTo(1);
    }

    @Test
    void givenTheSameRowImportedTwiceAtOnceWithoutTheLock_thenTheUniqueKeyStillKeepsTheSecondOut() throws Exception {
        List<Object> outcomes = race(false, "无锁并发应用");

        assertThat(outcomes).filteredOn("created"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !"created".equals(o)).singleElement()
                .isInstanceOf(StateConflictException.class);
        // the refused import rolled back whole: its app went with its entry
        assertThat(entriesNamed("无锁并发应用")).isEqualTo(1);
        assertThat(appsNamed("无锁并发应用")).isEqualTo(1);
    }

    @Test
    void anImportIsRecordedWithWhatBecameOfItsRows() {
        long id = inventory.begin(ImportLog.begun("  存量清单（武汉）.xlsx ", "supervisor.wuhan", at(3), 500));
        ImportLog begun = inventory.importLog(id).orElseThrow();
        InventoryResult result = new InventoryResult(id, 497, 0, 0, List.of(new InventoryResult.Rejection(7,
                "类型：不是可识别的类型"), new InventoryResult.Rejection(300, "名称：请填写名称")));
        inventory.finish(begun.finished(id, result));

        ImportLog read = inventory.importLog(id).orElseThrow();
        assertThat(read.fileName()).isEqualTo("存量清单（武汉）.xlsx");
        assertThat(read.importedBy()).isEqualTo("supervisor.wuhan");
        assertThat(read.importedAt()).isEqualTo(at(3));
        assertThat(read.rows()).isEqualTo(500);
        assertThat(read.created()).isEqualTo(497);
        assertThat(read.rejected()).isEqualTo(result.rejected());
        assertThat(begun.created()).isZero();
    }

    private BacklogPage backlog(String department, LocalDate today, int page, int size) {
        return inventory.backlog(new BacklogQuery(tree.province.path(), department, DEADLINE, today, page, size));
    }

    @Test
    void theBacklogListsTheScopesLiveUnfiledAppsEarliestDeadlineFirstWithTheirEntry() {
        App late = liveUnfiled(tree.countyUnit, "区教育通");
        App early = liveUnfiled(tree.cityUnit, "市政务通");
        App withoutEntry = liveUnfiled(tree.otherCityUnit, "早先登记的应用");
        App filed = apps.save(TestApps.filed(TestApps.completeForm(tree.cityUnit, "已备案应用"), tree.cityUnit,
                "测政应备" + tree.suffix + "号", at(0)));
        entryFor(late, facts(tree.countyUnit, "区教育通", AppKind.APP), DEADLINE.plusMonths(1));
        entryFor(early, facts(tree.cityUnit, "市政务通", AppKind.APP), DEADLINE.minusMonths(1));
        entryFor(filed, facts(tree.cityUnit, "已备案应用", AppKind.APP), DEADLINE);

        BacklogPage page = backlog(null, DEADLINE, 0, 20);

        assertThat(page.items()).extracting(BacklogPage.Row::appId)
                .containsExactly(early.id(), withoutEntry.id(), late.id());
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.overdue()).isEqualTo(1);
        BacklogPage.Row first = page.items().get(0);
        assertThat(first.name()).isEqualTo("市政务通");
        assertThat(first.kind()).isEqualTo(AppKind.APP);
        assertThat(first.status()).isEqualTo(AppStatus.LIVE_UNFILED);
        assertThat(first.ownerUnitCode()).isEqualTo(tree.cityUnit.code());
        assertThat(first.ownerUnitName()).isEqualTo(tree.cityUnit.name());
        assertThat(first.launchDate()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(first.deadline()).isEqualTo(DEADLINE.minusMonths(1));
        assertThat(first.exitProposedAt()).isNull();
        assertThat(first.ledgerItemId()).isNull();
        assertThat(page.items().get(1).deadline()).as("the default without an entry").isEqualTo(DEADLINE);
        assertThat(page.items().get(1).launchDate()).isNull();

        assertThat(backlog(null, DEADLINE, 1, 2).items()).extracting(BacklogPage.Row::appId)
                .containsExactly(late.id());
        assertThat(backlog(tree.county.code(), DEADLINE, 0, 20).items()).extracting(BacklogPage.Row::appId)
                .containsExactly(late.id());
        assertThat(backlog(tree.cityUnit.code(), DEADLINE, 0, 20).items()).extracting(BacklogPage.Row::appId)
                .containsExactly(early.id());
        assertThat(backlog(tree.city.code(), DEADLINE.plusYears(1), 0, 20).overdue()).isEqualTo(2);
        assertThat(inventory.backlog(new BacklogQuery(tree.city.path(), null, DEADLINE, DEADLINE, 0, 20)).total())
                .isEqualTo(2);
    }

    private OverdueRecord overdueRecord(App app, LocalDate deadline) {
        LedgerItem item = ledgerItems.save(LedgerItem.open(app.id(), app.displayName(), app.owner(),
                LedgerCategory.UNFILED, "逾期未备案", LedgerSource.INVENTORY, "backlog:" + app.id(), "system", at(10),
                LedgerSettings.defaults()));
        Notice notice = notices.postOnce(Notice.of("supervisor:" + tree.city.code(), NoticeKind.FILING_OVERDUE,
                NoticeSubject.APP, app.id(), app.id(), "逾期未备案，建议定向退出", at(10)));
        return new OverdueRecord(app.id(), deadline, item.id(), notice.id(), notice.recipient(), at(10));
    }

    @Test
    void theOverdueAppsWithoutARecordAreFoundEarliestFirstAndRecordedOnce() {
        LocalDate longAgo = LocalDate.of(2001, 1, 1);
        App first = liveUnfiled(tree.cityUnit, "最早逾期");
        App second = liveUnfiled(tree.countyUnit, "其次逾期");
        App notYet = liveUnfiled(tree.cityUnit, "尚未逾期");
        entryFor(second, facts(tree.countyUnit, "其次逾期", AppKind.APP), longAgo.plusDays(1));
        entryFor(first, facts(tree.cityUnit, "最早逾期", AppKind.APP), longAgo);
        entryFor(notYet, facts(tree.cityUnit, "尚未逾期", AppKind.APP), longAgo.plusDays(5));
        LocalDate day = longAgo.plusDays(3);
        // the default lies after the day: only apps with an entry of this test are overdue then
        LocalDate laterDefault = longAgo.plusYears(1);

        assertThat(inventory.overdueWithoutRecord(day, laterDefault, 10)).containsExactly(first.id(), second.id());
        assertThat(inventory.overdueWithoutRecord(day, laterDefault, 1)).containsExactly(first.id());

        OverdueRecord record = overdueRecord(first, longAgo);
        assertThat(inventory.record(record)).isTrue();
        assertThat(inventory.record(overdueRecord(first, longAgo))).isFalse();
        assertThat(inventory.overdueRecord(first.id())).contains(record);
        assertThat(inventory.overdueWithoutRecord(day, laterDefault, 10)).containsExactly(second.id());
        BacklogPage.Row row = backlog(tree.cityUnit.code(), day, 0, 20).items().get(0);
        assertThat(row.appId()).isEqualTo(first.id());
        assertThat(row.exitProposedAt()).isEqualTo(at(10));
        assertThat(row.ledgerItemId()).isEqualTo(record.ledgerItemId());
    }
}
