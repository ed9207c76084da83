package org.fingertip.db.recheck;

import java.time.Instant;

import org.fingertip.registry.recheck.RecheckOutcome;
import org.fingertip.registry.recheck.RecheckState;
import org.fingertip.registry.recheck.RecheckTrigger;
import org.fingertip.registry.recheck.Verdict;

/** A recheck row as MyBatis reads and writes it. */
public class RecheckRow {
    public Long id;
    public long appId;
    public String appName;
    public String ownerUnitCode;
    public String ownerDivisionPath;
    public RecheckTrigger triggerKind;
    public RecheckState state;
    public Verdict proposal;
    public String statement;
    public String answeredBy;
    public Instant answeredAt;
    public boolean selfInspectionLate;
    public Verdict computedVerdict;
    public String computedReasons;
    public Verdict confirmedVerdict;
    public String confirmedBy;
    public String overrideReason;
    public Instant windowEnds;
    public String appeal;
    public RecheckOutcome outcome;
    public String startedBy;
    public Instant startedAt;
    public Instant concludedAt;
    public int version;
}
