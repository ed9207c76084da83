package org.fingertip.web.page.ledger;

import java.time.Instant;

import org.fingertip.registry.attachment.AttachmentType;
import org.fingertip.registry.attachment.ByteSizes;
import org.fingertip.registry.ledger.AttachmentCapacity;
import org.fingertip.registry.ledger.LedgerAttachment;

/** One evidence file as the item page lists it: the download link of the pages, the size for people. */
public record AttachmentRow(long id, String name, AttachmentType type, String size, String sha256, String uploadedBy,
                            AttachmentCapacity uploadedAs, Instant uploadedAt, String href) {

    static AttachmentRow of(LedgerAttachment a) {
        return new AttachmentRow(a.id(), a.name(), a.type(), ByteSizes.format(a.size()), a.sha256(), a.uploadedBy(),
                a.uploadedAs(), a.uploadedAt(), "/ledger/" + a.itemId() + "/attachments/" + a.id());
    }
}
