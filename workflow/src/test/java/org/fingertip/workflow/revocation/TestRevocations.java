package org.fingertip.workflow.revocation;

import org.camunda.bpm.engine.ProcessEngine;
import org.fingertip.registry.change.ChangeService;
import org.fingertip.registry.change.ChangeSettings;
import org.fingertip.registry.ledger.LedgerService;
import org.fingertip.registry.notice.NoticeService;
import org.fingertip.registry.revocation.RevocationService;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.InMemoryChangeFilings;
import org.fingertip.registry.testing.InMemoryLedgerItems;
import org.fingertip.registry.testing.InMemoryNotices;
import org.fingertip.workflow.change.ChangeWorkflow;
import org.fingertip.workflow.task.TaskCompletion;

/** A {@link RevocationWorkflow} on a test's own fixture, ledger and engine, for the workflows that need one. */
public final class TestRevocations {
    private TestRevocations() {
    }

    public static RevocationWorkflow on(FilingFixture fx, LedgerService ledger, InMemoryLedgerItems items,
                                        InMemoryNotices notices, ProcessEngine engine,
                                        TaskCompletion completion) {
        return on(fx, ledger, items, new NoticeService(notices, fx.clock), engine, completion);
    }

    /** The same, posting its notices through the given service (one that also notifies, say). */
    public static RevocationWorkflow on(FilingFixture fx, LedgerService ledger, InMemoryLedgerItems items,
                                        NoticeService notices, ProcessEngine engine, TaskCompletion completion) {
        ChangeService changes = new ChangeService(fx.apps, fx.departments, new InMemoryChangeFilings(), fx.preCheck,
                ChangeSettings.defaults(), fx.clock);
        RevocationService revocations = new RevocationService(fx.apps, changes, ledger, items, notices, fx.clock);
        return new RevocationWorkflow(revocations,
                new ChangeWorkflow(changes, engine.getRuntimeService(), engine.getTaskService(), completion),
                engine.getRuntimeService());
    }
}
