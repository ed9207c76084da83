package org.fingertip.db.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fingertip.db.TestApps.at;
import static org.fingertip.db.TestApps.completeForm;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fingertip.db.TestApps;
import org.fingertip.db.TestTree;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.usage.UsageFacts;
import org.fingertip.registry.usage.UsageMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class MyBatisUsageFactsIT {
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

    @Autowired
    UsageFacts facts;
    @Autowired
    Apps apps;
    @Autowired
    Departments departments;
    @Autowired
    PlatformTransactionManager transactionManager;

    App app;

    @BeforeEach
    void anApp() {
        TestTree tree = TestTree.saved(departments);
        app = apps.save(TestApps.filed(completeForm(tree.cityUnit, "江城“指尖”通"), tree.cityUnit,
                "测政应备" + tree.province.code() + "-1号", at(0)));
    }

    private UsageMonth month(YearMonth month, long users, String by, int minutes) {
        return new UsageMonth(app.id(), month, users, 120_000, month.atDay(3), month.atEndOfMonth(), users > 0, by,
                at(minutes));
    }

    @Test
    void givenANewMonth_thenItReadsBackEqual() {
        UsageMonth february = month(FEBRUARY, 4_321, "supervisor.wuhan", 1);

        assertThat(facts.upsert(february)).isTrue();

        assertThat(facts.month(app.id(), FEBRUARY)).contains(february);
        assertThat(facts.latest(app.id())).contains(february);
        assertThat(facts.month(app.id(), FEBRUARY.minusMonths(1))).isEmpty();
    }

    @Test
    void givenTheSameFiguresAgain_thenNothingIsWrittenAndTheFirstRecorderStays() {
        UsageMonth first = month(FEBRUARY, 4_321, "supervisor.wuhan", 1);
        facts.upsert(first);

        boolean changed = facts.upsert(month(FEBRUARY, 4_321, "admin", 9));

        assertThat(changed).isFalse();
        assertThat(facts.month(app.id(), FEBRUARY)).contains(first);
    }

    @Test
    void givenDifferentFigures_thenTheMonthIsReplacedWithTheNewRecorder() {
        facts.upsert(month(FEBRUARY, 4_321, "supervisor.wuhan", 1));
        UsageMonth corrected = new UsageMonth(app.id(), FEBRUARY, 4_321, 120_000, FEBRUARY.atDay(3),
                FEBRUARY.atEndOfMonth(), false, "admin", at(9));

        assertThat(facts.upsert(corrected)).isTrue();

        assertThat(facts.month(app.id(), FEBRUARY)).contains(corrected);
        assertThat(facts.history(app.id(), 24)).containsExactly(corrected);
    }

    @Test
    void theHistoryIsNewestFirstAndLimited() {
        for (int i = 0; i < 30; i++) {
            facts.upsert(month(YearMonth.of(2023, 9).plusMonths(i), i, "importer", i));
        }

        assertThat(facts.history(app.id(), 24)).hasSize(24)
                .extracting(UsageMonth::month)
                .startsWith(YearMonth.of(2026, 2), YearMonth.of(2026, 1), YearMonth.of(2025, 12))
                .endsWith(YearMonth.of(2024, 3));
        assertThat(facts.latest(app.id()).orElseThrow().lastUpdate()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(facts.history(app.id(), 0)).isEmpty();
        assertThat(facts.history(-1, 24)).isEmpty();
        assertThat(facts.latest(-1)).isEmpty();
    }

    /**
     * Two writers of the same new month: both look and find nothing; the second insert waits for the first one's key,
     * fails as a duplicate once it commits, and is retried as an update. Neither writer sees an error.
     */
    @Test
    void givenTwoConcurrentFirstWritesOfOneMonth_thenBothSucceedAndTheLaterWins() throws Exception {
        UsageMonth first = month(FEBRUARY, 100, "first", 1);
        UsageMonth second = month(FEBRUARY, 200, "second", 2);
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> a = pool.submit(() -> tx.execute(s -> {
                boolean changed = facts.upsert(first);
                firstInserted.countDown();
                await(secondStarted);
                sleep(500);
                return changed;
            }));
            Future<Boolean> b = pool.submit(() -> {
                await(firstInserted);
                return tx.execute(s -> {
                    secondStarted.countDown();
                    return facts.upsert(second);
                });
            });

            assertThat(a.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(b.get(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(facts.month(app.id(), FEBRUARY)).contains(second);
    }

    @Test
    void appsFindAnAppByItsFilingNumber() {
        assertThat(apps.byFilingNumber(app.filingNumber())).hasValueSatisfying(found -> {
            assertThat(found.id()).isEqualTo(app.id());
            assertThat(found.owner()).isEqualTo(app.owner());
        });
        assertThat(apps.byFilingNumber(" " + app.filingNumber() + " ")).isPresent();
        assertThat(apps.byFilingNumber("测政应备000000000000-0号")).isEmpty();
        assertThat(apps.byFilingNumber("")).isEmpty();
        assertThat(apps.byFilingNumber(null)).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other writer never came");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
