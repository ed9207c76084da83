package org.fingertip.db.inventory;

import java.time.Instant;
import java.time.LocalDate;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.Audience;

/** An app_inventory row as MyBatis reads and writes it; the stores as JSON. */
public class EntryRow {
    public Long id;
    public long appId;
    public String unitCode;
    public String normalisedName;
    public AppKind kind;
    public String name;
    public Audience audience;
    public String storesJson;
    public String packageName;
    public LocalDate launchDate;
    public LocalDate filingDeadline;
    public long importId;
    public int importLine;
    public String createdBy;
    public Instant createdAt;
    public String updatedBy;
    public Instant updatedAt;
}
