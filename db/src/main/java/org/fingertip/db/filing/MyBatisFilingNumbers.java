package org.fingertip.db.filing;

import org.fingertip.registry.filing.FilingNumbers;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Filing numbers from one counter row per province and year. The increment locks that row until the caller's
 * transaction ends, so concurrent approvals queue on it and each reads its own value; a rollback gives the number
 * back, so the committed numbers stay consecutive.
 *
 * <p>The row is created in a short transaction of its own: inserting it in the caller's transaction would have
 * two first approvals of a year each hold a lock on the new key and wait for the other's (an InnoDB deadlock).
 * That inner transaction needs a second pooled connection while the caller's is held, but only for the first
 * number of a province in a year.
 */
@Repository
public class MyBatisFilingNumbers implements FilingNumbers {
    private final FilingMapper mapper;
    private final TransactionTemplate ownTransaction;

    public MyBatisFilingNumbers(FilingMapper mapper, PlatformTransactionManager transactionManager) {
        this.mapper = mapper;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Joins the caller's transaction; starts one if there is none, so that increment and read stay together. */
    @Override
    @Transactional
    public long next(String provinceCode, int year) {
        if (mapper.sequenceExists(provinceCode, year) == 0) {
            createRow(provinceCode, year);
        }
        if (mapper.incrementSequence(provinceCode, year) != 1) {
            throw new IllegalStateException("no filing number sequence for " + provinceCode + "/" + year);
        }
        return mapper.lastValue(provinceCode, year);
    }

    private void createRow(String provinceCode, int year) {
        try {
            ownTransaction.executeWithoutResult(status -> mapper.insertSequence(provinceCode, year));
        } catch (DuplicateKeyException concurrentFirstApproval) {
            // another approval created the row between our look and our insert: it is there, which is all we need
        }
    }
}
