package org.fingertip.db.exit;

import java.time.Instant;
import java.time.LocalDate;

import org.fingertip.registry.exit.ExitReason;
import org.fingertip.registry.exit.ExitState;
import org.fingertip.registry.exit.ExitTrigger;

/** An app_exit row as MyBatis reads and writes it. */
public class ExitRow {
    public Long id;
    public long appId;
    public Long openAppId;
    public String appName;
    public String ownerUnitCode;
    public String ownerUnitName;
    public String ownerDivisionPath;
    public String filingNumber;
    public ExitTrigger triggerKind;
    public Long recheckId;
    public ExitReason suggestedReason;
    public String directedBy;
    public LocalDate deadline;
    public LocalDate effectiveDeadline;
    public String deadlineNote;
    public ExitState state;
    public ExitReason reason;
    public boolean toPlatform;
    public String planJson;
    public LocalDate offlineDate;
    public Instant noticePublishedAt;
    public Instant offlineConfirmedAt;
    public Instant deregistrationDue;
    public boolean deregistrationLate;
    public boolean deadlineMissed;
    public Instant exitedAt;
    public String detailsJson;
    public String startedBy;
    public Instant startedAt;
    public int version;
}
