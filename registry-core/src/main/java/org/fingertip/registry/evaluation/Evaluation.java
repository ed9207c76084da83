package org.fingertip.registry.evaluation;

import java.time.Instant;
import java.util.Set;

/**
 * One rating of an app (1–5) with the burdens reported and a comment. {@code anonymous} hides the reporter from the
 * owner unit; the system always keeps it.
 */
public record Evaluation(Long id, long appId, String reporter, String reporterUnitCode, int rating,
                         Set<BurdenCategory> burdens, String comment, boolean anonymous, Instant at) {
    public Evaluation {
        burdens = Set.copyOf(burdens);
    }
}
