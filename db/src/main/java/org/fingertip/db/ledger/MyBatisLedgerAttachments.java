package org.fingertip.db.ledger;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.fingertip.registry.attachment.AttachmentType;
import org.fingertip.registry.ledger.LedgerAttachment;
import org.fingertip.registry.ledger.LedgerAttachments;
import org.springframework.stereotype.Repository;

/**
 * Ledger attachments on MyBatis: the description in one row, the bytes in parts of at most {@link #PART_SIZE} (see
 * V7__ledger_attachment.sql for why); lists read descriptions only, the bytes are read one file at a time.
 */
@Repository
public class MyBatisLedgerAttachments implements LedgerAttachments {
    /** 1 MiB: a part's statement stays near 2 MiB even hex-encoded. */
    static final int PART_SIZE = 1024 * 1024;

    private final LedgerAttachmentMapper mapper;

    public MyBatisLedgerAttachments(LedgerAttachmentMapper mapper) {
        this.mapper = mapper;
    }

    /** Inserts the row and its parts; the caller's transaction makes them one. */
    @Override
    public LedgerAttachment add(LedgerAttachment a, byte[] content) {
        if (a.id() != null) {
            throw new IllegalStateException("attachment " + a.id() + " is stored already: never changed");
        }
        LedgerAttachmentRow row = new LedgerAttachmentRow();
        row.itemId = a.itemId();
        row.fileName = a.name();
        row.contentType = a.type().mimeType();
        row.sizeBytes = a.size();
        row.sha256 = a.sha256();
        row.uploadedAs = a.uploadedAs();
        row.uploadedBy = a.uploadedBy();
        row.uploadedAt = a.uploadedAt();
        mapper.insert(row);
        for (int from = 0, partNo = 0; from < content.length; from += PART_SIZE, partNo++) {
            mapper.insertPart(row.id, partNo, Arrays.copyOfRange(content, from, Math.min(content.length, from + PART_SIZE)));
        }
        return a.withId(row.id);
    }

    @Override
    public List<LedgerAttachment> ofItem(long itemId) {
        return mapper.ofItem(itemId).stream().map(MyBatisLedgerAttachments::toAttachment).toList();
    }

    @Override
    public Optional<LedgerAttachment> byId(long itemId, long attachmentId) {
        return Optional.ofNullable(mapper.byId(itemId, attachmentId)).map(MyBatisLedgerAttachments::toAttachment);
    }

    @Override
    public Optional<byte[]> content(long itemId, long attachmentId) {
        List<LedgerAttachmentPart> parts = mapper.parts(itemId, attachmentId);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(parts.size() * PART_SIZE);
        for (int i = 0; i < parts.size(); i++) {
            LedgerAttachmentPart part = parts.get(i);
            if (part.partNo != i) {
                throw new IllegalStateException("attachment " + attachmentId + " lacks part " + i);
            }
            bytes.writeBytes(part.content);
        }
        return Optional.of(bytes.toByteArray());
    }

    @Override
    public int count(long itemId) {
        return mapper.count(itemId);
    }

    private static LedgerAttachment toAttachment(LedgerAttachmentRow r) {
        return new LedgerAttachment(r.id, r.itemId, r.fileName, AttachmentType.ofMimeType(r.contentType), r.sizeBytes,
                r.sha256, r.uploadedAs, r.uploadedBy, r.uploadedAt);
    }
}
