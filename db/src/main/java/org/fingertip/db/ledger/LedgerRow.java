package org.fingertip.db.ledger;

import java.time.Instant;

import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerSource;
import org.fingertip.registry.ledger.LedgerState;

/** A ledger_item row as MyBatis reads and writes it. */
public class LedgerRow {
    public Long id;
    public long appId;
    public String appName;
    public String ownerUnitCode;
    public String ownerUnitName;
    public String ownerDivisionPath;
    public LedgerCategory category;
    public String finding;
    public LedgerSource source;
    public String sourceRef;
    public LedgerState state;
    public Instant stateSince;
    public Instant deadline;
    public boolean extended;
    public Instant escalatedAt;
    public String evidence;
    public String reportedBy;
    public String openedBy;
    public Instant openedAt;
    public int version;
}
