package org.fingertip.registry.change;

import java.time.Instant;
import java.util.List;

import org.fingertip.registry.app.Gap;
import org.fingertip.registry.filing.Decision;
import org.fingertip.registry.filing.ReviewStep;

/** One reviewer's decision on one step of a change filing, kept for the record before the process applies it. */
public record ChangeReview(Long id, long changeId, ReviewStep step, Decision decision, String comment, List<Gap> gaps,
                           String reviewer, Instant at) {
    public ChangeReview {
        gaps = List.copyOf(gaps);
    }
}
