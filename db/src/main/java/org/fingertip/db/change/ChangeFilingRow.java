package org.fingertip.db.change;

import java.time.Instant;
import java.time.LocalDate;

import org.fingertip.registry.change.ChangeState;

/** A change_filing row as MyBatis reads and writes it. */
public class ChangeFilingRow {
    public Long id;
    public long appId;
    public String appName;
    public String filingNumber;
    public String ownerUnitCode;
    public String ownerDivisionPath;
    public String proposedOwnerUnitCode;
    public String previousFormJson;
    public String proposedFormJson;
    public LocalDate effectiveDate;
    public String explanation;
    public String changedSections;
    public String findingsJson;
    public String gapsJson;
    public ChangeState state;
    public Instant stateSince;
    public Long openAppId;
    public String filedBy;
    public Instant filedAt;
    public String submittedBy;
    public Instant submittedAt;
    public String decidedBy;
    public Instant decidedAt;
    public int version;
}
