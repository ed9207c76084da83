package org.fingertip.registry.filing;

import java.time.Instant;
import java.util.List;

import org.fingertip.registry.app.Gap;

/** One reviewer's decision on one step of one application, kept for the record. */
public record Review(Long id, long appId, ReviewStep step, Decision decision, String comment, List<Gap> gaps,
                     String reviewer, Instant at) {
    public Review {
        gaps = List.copyOf(gaps);
    }
}
