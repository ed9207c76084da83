package org.fingertip.db.evaluation;

import java.time.Instant;

/** An evaluation row as MyBatis reads and writes it; its burdens are separate rows. */
public class EvaluationRow {
    public Long id;
    public long appId;
    public String reporter;
    public String reporterUnitCode;
    public int rating;
    public String comment;
    public boolean anonymous;
    public Instant at;
    /** One burden category of the evaluation (a row per burden), or null for an evaluation without burdens. */
    public String category;
}
