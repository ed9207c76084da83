package org.fingertip.db.evaluation;

import java.time.Instant;

/** One of a reporter's own evaluations with the ledger item it opened, if any (the item's columns are then set). */
public class OwnReportRow {
    public long id;
    public long appId;
    public String appName;
    public int rating;
    public String comment;
    public boolean anonymous;
    public Instant at;
    public Long itemId;
    public String itemState;
    public Instant itemStateSince;
    public String itemOutcome;
}
