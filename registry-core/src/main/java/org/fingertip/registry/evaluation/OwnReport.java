package org.fingertip.registry.evaluation;

import java.time.Instant;
import java.util.Set;

import org.fingertip.registry.ledger.LedgerState;

/**
 * One evaluation as its reporter sees it afterwards: when it was received, and what came of it — the ledger item
 * its burden report opened when it crossed the threshold, or nothing beyond counting in the app's evaluations.
 *
 * @param followUp the ledger item this report opened, or null
 */
public record OwnReport(long id, long appId, String appName, int rating, Set<BurdenCategory> burdens, String comment,
                        boolean anonymous, Instant receivedAt, FollowUp followUp) {

    public OwnReport {
        burdens = Set.copyOf(burdens);
    }

    /**
     * The ledger item a report opened: where it stands and since when; once it is closed or revoked, the note of the
     * step that ended it ({@code outcome}), otherwise null.
     */
    public record FollowUp(long ledgerItemId, LedgerState state, Instant stateSince, String outcome) {
    }
}
