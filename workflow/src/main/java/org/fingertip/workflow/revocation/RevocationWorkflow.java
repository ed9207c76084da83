package org.fingertip.workflow.revocation;

import org.camunda.bpm.engine.RuntimeService;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.ledger.LedgerItem;
import org.fingertip.registry.revocation.RevocationService;
import org.fingertip.registry.revocation.RevocationService.Revocation;
import org.fingertip.workflow.change.ChangeWorkflow;
import org.fingertip.workflow.ledger.LedgerProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revokes a filing (撤销备案) and ends, in the same transaction, the processes of what the revocation ended: the open
 * change's AppChangeProcess and the LedgerItemProcess of every other open ledger item of the app. The ledger item that
 * led to the revocation ends through its own process (LedgerWorkflow completes its decision task).
 */
@Service
@Transactional
public class RevocationWorkflow {
    private final RevocationService revocations;
    private final ChangeWorkflow changes;
    private final RuntimeService runtimeService;

    public RevocationWorkflow(RevocationService revocations, ChangeWorkflow changes, RuntimeService runtimeService) {
        this.revocations = revocations;
        this.changes = changes;
        this.runtimeService = runtimeService;
    }

    /** A supervisor's decision, with a reason. */
    public Revocation revoke(Actor actor, long appId, String reason) {
        return ended(revocations.revoke(actor, appId, reason));
    }

    /** A ledger item still open after its final deadline (the supervisor's REVOKE of the overdue item). */
    public Revocation revokeForOverdueItem(Actor actor, long itemId, String reason) {
        return ended(revocations.revokeForOverdueItem(actor, itemId, reason));
    }

    private Revocation ended(Revocation r) {
        if (r.endedChange() != null) {
            changes.ended(r.endedChange().id());
        }
        for (LedgerItem item : r.endedItems()) {
            runtimeService.createMessageCorrelation(LedgerProcessVariables.FILING_REVOKED_MESSAGE)
                    .processInstanceVariableEquals(LedgerProcessVariables.ITEM_ID, item.id())
                    .correlateAll();
        }
        return r;
    }
}
