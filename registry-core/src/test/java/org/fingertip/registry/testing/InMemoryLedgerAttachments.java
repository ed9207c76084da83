package org.fingertip.registry.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.fingertip.registry.ledger.LedgerAttachment;
import org.fingertip.registry.ledger.LedgerAttachments;

/** Ledger attachments in memory; like the database it keeps a copy of the bytes, apart from the description. */
public final class InMemoryLedgerAttachments implements LedgerAttachments {
    private final Map<Long, LedgerAttachment> rows = new TreeMap<>();
    private final Map<Long, byte[]> contents = new TreeMap<>();
    private long lastId;

    @Override
    public synchronized LedgerAttachment add(LedgerAttachment attachment, byte[] content) {
        if (attachment.id() != null) {
            throw new IllegalStateException("attachment " + attachment.id() + " is stored already: never changed");
        }
        LedgerAttachment saved = attachment.withId(++lastId);
        rows.put(saved.id(), saved);
        contents.put(saved.id(), Arrays.copyOf(content, content.length));
        return saved;
    }

    @Override
    public synchronized List<LedgerAttachment> ofItem(long itemId) {
        return rows.values().stream().filter(a -> a.itemId() == itemId).toList();
    }

    @Override
    public synchronized Optional<LedgerAttachment> byId(long itemId, long attachmentId) {
        return Optional.ofNullable(rows.get(attachmentId)).filter(a -> a.itemId() == itemId);
    }

    @Override
    public synchronized Optional<byte[]> content(long itemId, long attachmentId) {
        return byId(itemId, attachmentId).map(a -> contents.get(attachmentId))
                .map(b -> Arrays.copyOf(b, b.length));
    }

    @Override
    public synchronized int count(long itemId) {
        return ofItem(itemId).size();
    }

    /** Changes the stored bytes behind the adapter's back, as a damaged disk or a stray UPDATE would. */
    public synchronized void corrupt(long attachmentId) {
        byte[] b = contents.get(attachmentId);
        b[b.length - 1] ^= 0x01;
    }

    /** Every stored attachment, oldest first. */
    public synchronized List<LedgerAttachment> all() {
        return new ArrayList<>(rows.values());
    }
}
