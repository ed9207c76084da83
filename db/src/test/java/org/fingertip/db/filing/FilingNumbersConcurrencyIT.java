package org.fingertip.db.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.fingertip.db.TestTree;
import org.fingertip.registry.filing.FilingNumbers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Many approvals at once for a province and year that has no counter yet: the first ones also race to create it. */
@SpringBootTest
class FilingNumbersConcurrencyIT {
    static final int APPROVALS = 100;
    static final int THREADS = 16;

    @Autowired
    FilingNumbers numbers;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void givenAHundredConcurrentApprovals_thenTheyTakeEachNumberFromOneToAHundredOnce() throws Exception {
        String province = TestTree.code();
        TransactionTemplate approval = new TransactionTemplate(transactionManager);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> taken = new ArrayList<>();
        try {
            for (int i = 0; i < APPROVALS; i++) {
                taken.add(pool.submit(() -> {
                    start.await();
                    return approval.execute(status -> numbers.next(province, 2026));
                }));
            }
            start.countDown();
            List<Long> values = new ArrayList<>();
            for (Future<Long> f : taken) {
                values.add(f.get(60, TimeUnit.SECONDS));
            }

            assertThat(values).containsExactlyInAnyOrderElementsOf(
                    LongStream.rangeClosed(1, APPROVALS).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
