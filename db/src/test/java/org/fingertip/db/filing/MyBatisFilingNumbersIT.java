package org.fingertip.db.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fingertip.db.TestTree;
import org.fingertip.registry.filing.FilingNumbers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class MyBatisFilingNumbersIT {
    @Autowired
    FilingNumbers numbers;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void givenAFreshProvinceAndYear_thenNumbersStartAtOneAndFollowEachOther() {
        String province = TestTree.code();

        assertThat(numbers.next(province, 2026)).isEqualTo(1);
        assertThat(numbers.next(province, 2026)).isEqualTo(2);
        assertThat(numbers.next(province, 2026)).isEqualTo(3);
    }

    @Test
    void givenAnotherYearOrProvince_thenItsOwnSequence() {
        String province = TestTree.code();
        String other = TestTree.code();
        numbers.next(province, 2026);
        numbers.next(province, 2026);

        assertThat(numbers.next(province, 2027)).isEqualTo(1);
        assertThat(numbers.next(other, 2026)).isEqualTo(1);
        assertThat(numbers.next(province, 2026)).isEqualTo(3);
    }

    @Test
    void givenAnApprovalRolledBack_thenItsNumberIsTakenAgain() {
        String province = TestTree.code();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        assertThat(inTransaction(tx, province)).isEqualTo(1);

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            assertThat(numbers.next(province, 2026)).isEqualTo(2);
            throw new IllegalStateException("the approval failed after taking its number");
        })).hasMessageContaining("approval failed");

        assertThat(inTransaction(tx, province)).isEqualTo(2);
    }

    @Test
    void givenTheFirstApprovalOfAYearRolledBack_thenTheCounterRowStaysAndStartsAtOne() {
        String province = TestTree.code();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            numbers.next(province, 2026);
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(inTransaction(tx, province)).isEqualTo(1);
    }

    private long inTransaction(TransactionTemplate tx, String province) {
        Long taken = tx.execute(s -> numbers.next(province, 2026));
        return taken;
    }
}
