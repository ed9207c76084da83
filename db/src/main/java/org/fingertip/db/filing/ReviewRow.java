package org.fingertip.db.filing;

import java.time.Instant;

import org.fingertip.registry.filing.Decision;
import org.fingertip.registry.filing.ReviewStep;

/** One review row as read. */
record ReviewRow(long id, long appId, ReviewStep step, Decision decision, String comment, String gapsJson,
                 String reviewer, Instant at) {
}
