package org.fingertip.web.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.attachment.AttachmentFile;
import org.fingertip.registry.attachment.AttachmentType;
import org.fingertip.registry.ledger.AttachmentCapacity;
import org.fingertip.registry.ledger.LedgerAttachment;
import org.fingertip.registry.ledger.LedgerAttachmentService;
import org.fingertip.web.security.Allowed;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence files of a ledger item (整改佐证): upload (multipart part {@code file}), list and download. Files are never
 * changed or deleted, so there is no endpoint for either.
 */
@RestController
@RequestMapping("/api/ledger/{id}/attachments")
class LedgerAttachmentApiController {
    private final LedgerAttachmentService attachments;
    private final TransactionTemplate tx;

    LedgerAttachmentApiController(LedgerAttachmentService attachments, TransactionTemplate tx) {
        this.attachments = attachments;
        this.tx = tx;
    }

    /**
     * Attaches a file: 201 with its description. Who may attach is checked first (404, 403, 409), then the file itself
     * (400 empty or misnamed, 413 too large, 415 of a kind not accepted), then it is stored with its step in one
     * transaction (422 when the item holds the most files it may).
     */
    @PostMapping
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    ResponseEntity<AttachmentResponse> upload(Actor actor, @PathVariable long id,
                                              @RequestPart("file") MultipartFile file) {
        tx.executeWithoutResult(s -> attachments.capacity(actor, id));
        AttachmentFile checked = attachments.check(file.getOriginalFilename(), file.getContentType(), bytes(file));
        LedgerAttachment saved = tx.execute(s -> attachments.attach(actor, id, checked));
        return ResponseEntity.created(URI.create("/api/ledger/" + id + "/attachments/" + saved.id()))
                .body(AttachmentResponse.of(saved));
    }

    /** The item's files, oldest first, without their bytes. */
    @GetMapping
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    @Transactional(readOnly = true)
    List<AttachmentResponse> list(Actor actor, @PathVariable long id) {
        return attachments.list(actor, id).stream().map(AttachmentResponse::of).toList();
    }

    /** The file as uploaded, as a download with its own type and its SHA-256 (ETag, Repr-Digest). */
    @GetMapping("/{attachmentId}")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> download(Actor actor, @PathVariable long id, @PathVariable long attachmentId,
                                    HttpServletResponse response) {
        return AttachmentDownloads.response(attachments.download(actor, id, attachmentId), response);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading an uploaded evidence file", e);
        }
    }

    /** An evidence file as described: its safe name, the type told by its content, size, SHA-256, who and when. */
    record AttachmentResponse(long id, long itemId, String name, String contentType, AttachmentType type,
                              String typeLabel, long size, String sha256, String uploadedBy,
                              AttachmentCapacity uploadedAs, Instant uploadedAt, String href) {
        static AttachmentResponse of(LedgerAttachment a) {
            return new AttachmentResponse(a.id(), a.itemId(), a.name(), a.type().mimeType(), a.type(),
                    a.type().label(), a.size(), a.sha256(), a.uploadedBy(), a.uploadedAs(), a.uploadedAt(),
                    "/api/ledger/" + a.itemId() + "/attachments/" + a.id());
        }
    }
}
