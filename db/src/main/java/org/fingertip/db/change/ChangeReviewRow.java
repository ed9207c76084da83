package org.fingertip.db.change;

import java.time.Instant;

import org.fingertip.registry.filing.Decision;
import org.fingertip.registry.filing.ReviewStep;

/** A change_review row as MyBatis reads and writes it. */
public class ChangeReviewRow {
    public Long id;
    public long changeId;
    public ReviewStep step;
    public Decision decision;
    public String comment;
    public String gapsJson;
    public String reviewer;
    public Instant at;
}
