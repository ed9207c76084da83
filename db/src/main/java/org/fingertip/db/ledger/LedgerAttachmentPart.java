package org.fingertip.db.ledger;

/** A ledger_attachment_part row: one piece of a file's bytes. */
public class LedgerAttachmentPart {
    public int partNo;
    public byte[] content;
}
