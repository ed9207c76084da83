package org.fingertip.db.filing;

import java.time.Instant;

import org.fingertip.registry.filing.Decision;
import org.fingertip.registry.filing.ReviewStep;

/** One review row as written. */
record ReviewColumns(long appId, ReviewStep step, Decision decision, String comment, String gapsJson,
                     String reviewer, Instant at) {
}
