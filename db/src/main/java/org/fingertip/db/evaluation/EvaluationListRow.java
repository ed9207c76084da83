package org.fingertip.db.evaluation;

import java.time.Instant;

/** One evaluation as the jurisdiction's list reads it (its burdens are read for the page at once). */
public class EvaluationListRow {
    public long id;
    public long appId;
    public String appName;
    public String ownerUnitCode;
    public String ownerUnitName;
    public int rating;
    public String comment;
    public Instant at;
}
