package org.fingertip.registry.ledger;

import java.time.Instant;

import org.fingertip.registry.attachment.AttachmentType;

/**
 * A file attached to a ledger item, described without its bytes: the safe name, the type told by its content, the
 * size, the SHA-256 computed on upload, and who attached it in what capacity, when. Never changed or deleted.
 */
public record LedgerAttachment(Long id, long itemId, String name, AttachmentType type, long size, String sha256,
                               AttachmentCapacity uploadedAs, String uploadedBy, Instant uploadedAt) {

    public LedgerAttachment withId(long assignedId) {
        return new LedgerAttachment(assignedId, itemId, name, type, size, sha256, uploadedAs, uploadedBy, uploadedAt);
    }
}
