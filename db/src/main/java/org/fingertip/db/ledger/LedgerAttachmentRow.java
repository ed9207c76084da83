package org.fingertip.db.ledger;

import java.time.Instant;

import org.fingertip.registry.ledger.AttachmentCapacity;

/** A ledger_attachment row as MyBatis reads and writes it (the bytes are in its parts). */
public class LedgerAttachmentRow {
    public Long id;
    public long itemId;
    public String fileName;
    public String contentType;
    public long sizeBytes;
    public String sha256;
    public AttachmentCapacity uploadedAs;
    public String uploadedBy;
    public Instant uploadedAt;
}
