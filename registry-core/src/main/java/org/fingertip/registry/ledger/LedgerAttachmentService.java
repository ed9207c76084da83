package org.fingertip.registry.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.attachment.AttachmentFile;
import org.fingertip.registry.attachment.AttachmentSettings;
import org.fingertip.registry.attachment.ByteSizes;
import org.fingertip.registry.shared.DomainException;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.RuleViolationException;

/**
 * Evidence files on ledger items (整改佐证). Whoever may see an item may list and download its files; the owner unit's
 * applicants attach while the item waits for them, the verifying office's reviewers while the fix is verified, the
 * jurisdiction's supervisors until the item is finished ({@link AttachmentCapacity}). Every file is a step of the item
 * with its name and SHA-256; files are never changed or removed. Callers hold the transaction; the file itself is
 * checked before it ({@link #check}).
 */
public final class LedgerAttachmentService {
    private final LedgerService ledger;
    private final LedgerItems items;
    private final LedgerAttachments attachments;
    private final AttachmentSettings settings;
    private final Clock clock;

    public LedgerAttachmentService(LedgerService ledger, LedgerItems items, LedgerAttachments attachments,
                                   AttachmentSettings settings, Clock clock) {
        this.ledger = ledger;
        this.items = items;
        this.attachments = attachments;
        this.settings = settings;
        this.clock = clock;
    }

    /** A file and its bytes, for download. */
    public record Download(LedgerAttachment attachment, byte[] content) {
    }

    /** The checks on the file alone (no database): empty, size, kind by content, name, checksum. */
    public AttachmentFile check(String declaredName, String declaredContentType, byte[] content) {
        return AttachmentFile.check(declaredName, declaredContentType, content, settings);
    }

    /**
     * Attaches a checked file to the item: 404 outside the actor's view, 403 for one who may not attach to it, 409
     * in a state its capacity does not allow, 422 once the item holds the most files it may. The item's version guards
     * the count against concurrent uploads.
     */
    public LedgerAttachment attach(Actor actor, long itemId, AttachmentFile file) {
        LedgerItem item = ledger.visible(actor, itemId);
        AttachmentCapacity capacity = capacity(actor, item);
        int count = attachments.count(itemId);
        if (count >= settings.maxPerRecord()) {
            String message = "每个台账事项最多 " + settings.maxPerRecord() + " 个附件，本事项已有 " + count
                    + " 个；请把要补充的材料合并为一个 PDF 后再上传";
            throw new RuleViolationException(message, List.of(new FieldError(AttachmentFile.FIELD, message)));
        }
        Instant now = clock.instant();
        LedgerAttachment saved = attachments.add(new LedgerAttachment(null, itemId, file.name(), file.type(),
                file.size(), file.sha256(), capacity, actor.username(), now), file.content());
        item.attachmentAdded(capacity, actor.username(), note(saved), now);
        items.save(item);
        return saved;
    }

    /**
     * The capacity the actor attaches in now: the first of its capacities that the item's state allows. 403 when it has
     * none on this item, 409 when it has some but the state allows none of them.
     */
    public AttachmentCapacity capacity(Actor actor, LedgerItem item) {
        List<AttachmentCapacity> held = held(actor, item);
        if (held.isEmpty()) {
            throw new ForbiddenException("只有主办单位的经办人、负责核验的网信部门审核员和辖区督查员可以上传附件");
        }
        for (AttachmentCapacity c : held) {
            if (c.allows(item.state())) {
                return c;
            }
        }
        item.requireAttachable(held.get(0));
        throw new IllegalStateException("a capacity the state does not allow was not refused");
    }

    /** The capacity the actor attaches to the item in now, refused as {@link #attach} would: before reading a file. */
    public AttachmentCapacity capacity(Actor actor, long itemId) {
        return capacity(actor, ledger.visible(actor, itemId));
    }

    /** The capacity the actor may attach in now, if any: for a page deciding whether to offer the form. */
    public Optional<AttachmentCapacity> mayAttach(Actor actor, LedgerItem item) {
        try {
            return Optional.of(capacity(actor, item));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    /** The item's files, oldest first, to anyone who may see the item. */
    public List<LedgerAttachment> list(Actor actor, long itemId) {
        ledger.visible(actor, itemId);
        return attachments.ofItem(itemId);
    }

    /**
     * One file with its bytes, to anyone who may see the item. The bytes are checked against the checksum taken on
     * upload: evidence that changed in storage is never handed out as if it were the original.
     */
    public Download download(Actor actor, long itemId, long attachmentId) {
        ledger.visible(actor, itemId);
        LedgerAttachment attachment = attachments.byId(itemId, attachmentId)
                .orElseThrow(() -> notFound(itemId, attachmentId));
        byte[] content = attachments.content(itemId, attachmentId).orElseThrow(() -> notFound(itemId, attachmentId));
        if (!AttachmentFile.sha256Hex(content).equals(attachment.sha256())) {
            throw new IllegalStateException("attachment " + attachmentId + " of ledger item " + itemId
                    + " no longer matches its SHA-256 " + attachment.sha256());
        }
        return new Download(attachment, content);
    }

    public AttachmentSettings settings() {
        return settings;
    }

    /** The note of the item's step: the file, its kind and size, and its checksum. */
    static String note(LedgerAttachment a) {
        return "附件“" + a.name() + "”（" + a.type().label() + "，" + ByteSizes.format(a.size()) + "）SHA-256：" + a.sha256();
    }

    private List<AttachmentCapacity> held(Actor actor, LedgerItem item) {
        List<AttachmentCapacity> held = new ArrayList<>();
        if (actor.has(Role.APPLICANT) && actor.worksFor(item.owner().code())) {
            held.add(AttachmentCapacity.OWNER);
        }
        if (actor.has(Role.REVIEWER)) {
            try {
                ledger.requireVerifier(actor, item.id());
                held.add(AttachmentCapacity.VERIFIER);
            } catch (ForbiddenException | NotFoundException e) {
                // not the verifying office, or the one who reported the fix: no verifier's evidence from it
            }
        }
        if (actor.has(Role.SUPERVISOR) && actor.oversees(item.owner().division())) {
            held.add(AttachmentCapacity.SUPERVISOR);
        }
        return held;
    }

    private static NotFoundException notFound(long itemId, long attachmentId) {
        return new NotFoundException("台账事项 " + itemId + " 没有编号为 " + attachmentId + " 的附件");
    }
}
