package org.fingertip.web.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
    @Operation(summary = "上传台账事项的附件（整改佐证）", description = "multipart/form-data，文件字段 file。"
            + "类型按内容判定：PDF、PNG、JPEG、GIF、WebP、DOCX、XLSX（含宏的 Office 文件不收）；文件名和声明的类型须与内容相符。"
            + "默认每个不超过 10 MB（fingertip.attachments.max-size），每个事项最多 20 个（max-per-record）。"
            + "主办单位经办人在待整改、退回整改时上传，负责核验的审核员在待核验时上传，辖区督查员在办结前上传。"
            + "每个附件记入事项的办理记录（文件名和 SHA-256），不能修改或删除。",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "multipart/form-data", schema = @Schema(implementation = UploadForm.class))))
    @ApiResponse(responseCode = "201", description = "已上传：附件的说明（不含内容）")
    @ApiResponse(responseCode = "400", description = "空文件、文件名或声明的类型与内容不符、不是文件上传", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "无权为此事项上传附件", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "事项不存在或不在职责范围内", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "事项当前状态不允许此身份上传", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "文件超过上限", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "415", description = "内容不是可接受的类型", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "事项的附件已达上限", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<AttachmentResponse> upload(Actor actor, @PathVariable long id,
                                              @Parameter(hidden = true) @RequestPart("file") MultipartFile file) {
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
    @Operation(summary = "下载附件", description = "原样返回上传的内容，Content-Type 为按内容判定的类型，"
            + "Content-Disposition: attachment（UTF-8 文件名，RFC 5987），X-Content-Type-Options: nosniff；"
            + "ETag 和 Repr-Digest（RFC 9530）为上传时计算的 SHA-256。")
    @ApiResponse(responseCode = "200", description = "文件内容", content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "事项或附件不存在，或不在职责范围内", content = @Content(mediaType = "application/problem+json"))
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

    /** The multipart form of an upload, for the OpenAPI description. */
    record UploadForm(@Schema(type = "string", format = "binary", description = "文件（字段名 file）") String file) {
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
