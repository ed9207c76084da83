package org.fingertip.registry.evaluation;

import java.time.Instant;
import java.util.Set;

/**
 * One rating of an app (1–5) with the burdens reported and a comment. {@code anonymous} hides the reporter from the
 * owner unit; the system always keeps it.
 */
public record Evaluation(Long id, long appId, String reporter, String reporterUnitCode, int rating,
                         Set<BurdenCategory> burdens, String comment, boolean anonymous, Instant at) {
    /** How a ledger item names the evaluation whose burden report opened it: this prefix and the evaluation's id. */
    public static final String LEDGER_REF_PREFIX = "evaluation:";

    public Evaluation {
        burdens = Set.copyOf(burdens);
    }

    /** The source reference of the ledger item this evaluation's burden report opens. */
    public static String ledgerRef(long evaluationId) {
        return LEDGER_REF_PREFIX + evaluationId;
    }
}
