package org.fingertip.registry.ledger;

import java.util.List;
import java.util.Optional;

/** Port: the files attached to ledger items, their bytes kept apart from their descriptions. */
public interface LedgerAttachments {

    /** Stores the description and the bytes; returns the description with its id. */
    LedgerAttachment add(LedgerAttachment attachment, byte[] content);

    /** The item's attachments, oldest first, without their bytes. */
    List<LedgerAttachment> ofItem(long itemId);

    /** One attachment of the item (empty when it belongs to another item). */
    Optional<LedgerAttachment> byId(long itemId, long attachmentId);

    /** The bytes of one attachment of the item. */
    Optional<byte[]> content(long itemId, long attachmentId);

    int count(long itemId);
}
