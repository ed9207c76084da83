package org.fingertip.registry.attachment;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.fingertip.registry.shared.Labelled;

/**
 * The kinds of file accepted as evidence, each told by its content (its magic bytes), never by its name: PDF, the
 * common image formats, and Word and Excel files of the Office Open XML kind (a ZIP with the parts of a document or
 * a workbook). Anything else — old binary Office files, archives, executables, text — is not accepted.
 */
public enum AttachmentType implements Labelled {
    PDF("application/pdf", "PDF 文档", List.of("pdf"), Set.of("application/x-pdf")),
    PNG("image/png", "PNG 图片", List.of("png"), Set.of()),
    JPEG("image/jpeg", "JPEG 图片", List.of("jpg", "jpeg"), Set.of("image/jpg", "image/pjpeg")),
    GIF("image/gif", "GIF 图片", List.of("gif"), Set.of()),
    WEBP("image/webp", "WebP 图片", List.of("webp"), Set.of()),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word 文档", List.of("docx"),
            Set.of("application/zip", "application/x-zip-compressed")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel 表格", List.of("xlsx"),
            Set.of("application/zip", "application/x-zip-compressed"));

    /** What a client sends when it does not know the type: no claim to check. */
    private static final Set<String> GENERIC_TYPES = Set.of("application/octet-stream", "binary/octet-stream",
            "application/x-download", "application/force-download");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP_TAG = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_LOCAL_HEADER = {'P', 'K', 3, 4};

    private final String mimeType;
    private final String label;
    private final List<String> extensions;
    private final Set<String> aliases;

    AttachmentType(String mimeType, String label, List<String> extensions, Set<String> aliases) {
        this.mimeType = mimeType;
        this.label = label;
        this.extensions = extensions;
        this.aliases = aliases;
    }

    /** The type the content is, if it is one of the accepted kinds. */
    public static Optional<AttachmentType> sniff(byte[] content) {
        return Optional.ofNullable(sniffOrNull(content));
    }

    private static AttachmentType sniffOrNull(byte[] b) {
        if (startsWith(b, 0, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(b, 0, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(b, 0, JPEG_MAGIC)) {
            return JPEG;
        }
        if (startsWith(b, 0, GIF87) || startsWith(b, 0, GIF89)) {
            return GIF;
        }
        if (startsWith(b, 0, RIFF) && startsWith(b, 8, WEBP_TAG)) {
            return WEBP;
        }
        if (startsWith(b, 0, ZIP_LOCAL_HEADER)) {
            Set<String> parts = ZipDirectory.entryNames(b);
            if (parts.contains("[Content_Types].xml")) {
                if (parts.contains("word/document.xml")) {
                    return DOCX;
                }
                if (parts.contains("xl/workbook.xml")) {
                    return XLSX;
                }
            }
        }
        return null;
    }

    /** True for an Office file that carries macros (a VBA project), whatever its extension. */
    public static boolean hasMacros(byte[] content) {
        return startsWith(content, 0, ZIP_LOCAL_HEADER)
                && ZipDirectory.entryNames(content).stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"));
    }

    /** The type whose usual extension this is (case-insensitive), if any: to say what a misnamed file claims to be. */
    public static Optional<AttachmentType> ofExtension(String extension) {
        if (extension == null) {
            return Optional.empty();
        }
        String e = extension.toLowerCase(Locale.ROOT);
        for (AttachmentType t : values()) {
            if (t.extensions.contains(e)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The type of a stored MIME type. */
    public static AttachmentType ofMimeType(String mimeType) {
        for (AttachmentType t : values()) {
            if (t.mimeType.equals(mimeType)) {
                return t;
            }
        }
        throw new IllegalArgumentException("not an accepted attachment type: " + mimeType);
    }

    /** True when a declared content type says nothing (none, or a generic binary type) or agrees with this type. */
    public boolean agreesWithDeclared(String declaredContentType) {
        String declared = bareType(declaredContentType);
        return declared == null || GENERIC_TYPES.contains(declared) || declared.equals(mimeType)
                || aliases.contains(declared);
    }

    /** The media type without parameters, lower case; null for none. */
    static String bareType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    public boolean hasExtension(String extension) {
        return extension != null && extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    public String mimeType() {
        return mimeType;
    }

    @Override
    public String label() {
        return label;
    }

    /** The usual extensions, lower case, the preferred one first. */
    public List<String> extensions() {
        return extensions;
    }

    /** The accepted kinds for a message: "PDF 文档、PNG 图片…". */
    public static String acceptedList() {
        StringBuilder sb = new StringBuilder();
        for (AttachmentType t : values()) {
            if (!sb.isEmpty()) {
                sb.append('、');
            }
            sb.append(t.label).append("（.").append(String.join("/.", t.extensions)).append('）');
        }
        return sb.toString();
    }

    private static boolean startsWith(byte[] b, int offset, byte[] magic) {
        if (b == null || b.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (b[offset + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
