package org.fingertip.web.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletResponse;

import org.fingertip.registry.ledger.LedgerAttachment;
import org.fingertip.registry.ledger.LedgerAttachmentService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answer that hands out an evidence file, for the API and the pages alike: its own type, always as a download
 * (never shown inline, never sniffed into something else, sandboxed should a browser render it anyway), the name in
 * UTF-8 (RFC 6266 with RFC 5987's {@code filename*}) with an ASCII fallback, and the SHA-256 taken on upload as the
 * ETag and as {@code Repr-Digest} (RFC 9530), so that the receiver can check what it got.
 */
public final class AttachmentDownloads {
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private AttachmentDownloads() {
    }

    public static ResponseEntity<byte[]> response(LedgerAttachmentService.Download download,
                                                  HttpServletResponse servletResponse) {
        // server.servlet.encoding.force gives every answer a charset; bytes of a PDF or an image have none
        servletResponse.setCharacterEncoding((String) null);
        LedgerAttachment a = download.attachment();
        byte[] digest = HexFormat.of().parseHex(a.sha256());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.type().mimeType()))
                .contentLength(download.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(a))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .eTag("\"" + a.sha256() + "\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(digest) + ":")
                .body(download.content());
    }

    /**
     * {@code attachment; filename="<ASCII>"; filename*=UTF-8''<percent-encoded>}: every current browser takes the
     * second; the first is for clients that know only ASCII (non-ASCII characters as "_").
     */
    static String contentDisposition(LedgerAttachment a) {
        return contentDisposition(a.name());
    }

    /** The same header for any file handed out as a download (an exported list, say). */
    public static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    private static String asciiFallback(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().forEach(cp -> sb.append(cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\' ? (char) cp : '_'));
        return sb.toString();
    }

    /** RFC 5987 {@code value-chars}: attr-char as it is, every other byte of the UTF-8 form as %XX. */
    static String rfc5987(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}
