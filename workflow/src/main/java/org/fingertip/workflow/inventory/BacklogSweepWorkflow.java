package org.fingertip.workflow.inventory;

import java.time.Instant;
import java.util.Optional;

import org.fingertip.registry.inventory.BacklogSweep;
import org.fingertip.registry.inventory.OverdueRecord;
import org.fingertip.workflow.ledger.LedgerWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The backlog sweep with the ledger's process: each overdue app's ledger item starts its LedgerItemProcess, in the
 * same transaction as the item, the proposal's notice and the sweep's record.
 */
@Service
@Transactional
public class BacklogSweepWorkflow {
    private static final Logger log = LoggerFactory.getLogger(BacklogSweepWorkflow.class);

    private final BacklogSweep sweep;
    private final LedgerWorkflow ledger;

    public BacklogSweepWorkflow(BacklogSweep sweep, LedgerWorkflow ledger) {
        this.sweep = sweep;
        this.ledger = ledger;
    }

    /** One batch of the apps overdue now (BacklogSweepProcess runs these until none is left). */
    public BacklogSweep.Batch runBatch() {
        BacklogSweep.Batch batch = sweep.runBatch(ledger::openFor);
        if (batch.swept() > 0) {
            log.info("存量清理：逾期未备案 {} 个，已挂账并提请定向退出 {} 个", batch.due(), batch.swept());
        }
        return batch;
    }

    /** One app as of a given instant (an operator's re-run, and tests that cannot wait for the deadline). */
    public Optional<OverdueRecord> sweep(long appId, Instant asOf) {
        return sweep.sweep(appId, asOf, ledger::openFor);
    }
}
