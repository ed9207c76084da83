package org.fingertip.registry.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.TooLargeException;
import org.fingertip.registry.shared.UnsupportedContentException;

/**
 * An uploaded file that passed the checks: not empty, not over the limit, of an accepted kind by its content, its name
 * and declared type agreeing with that content, its name made safe, and its SHA-256 computed. The content is held as
 * given, not copied (files are up to the limit in size); nobody changes it afterwards.
 */
public final class AttachmentFile {
    /** The longest stored file name, in characters, extension included. */
    public static final int NAME_MAX = 100;
    /** The field that carries the file, in requests and in error messages. */
    public static final String FIELD = "file";

    private static final String FALLBACK_BASE = "附件";
    private static final String FORBIDDEN_IN_NAMES = "<>:\"/\\|?*";
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,10}");

    private final String name;
    private final AttachmentType type;
    private final byte[] content;
    private final String sha256;

    private AttachmentFile(String name, AttachmentType type, byte[] content, String sha256) {
        this.name = name;
        this.type = type;
        this.content = content;
        this.sha256 = sha256;
    }

    /**
     * Checks an upload: the name and content type the client declared, and the bytes.
     *
     * @throws InvalidInputException empty, or the name or declared type disagreeing with the content (400)
     * @throws TooLargeException over the limit (413)
     * @throws UnsupportedContentException content of no accepted kind, or an Office file with macros (415)
     */
    public static AttachmentFile check(String declaredName, String declaredContentType, byte[] content,
                                       AttachmentSettings settings) {
        String shownName = shown(declaredName);
        if (content == null || content.length == 0) {
            throw invalid("上传的文件" + shownName + "是空的（0 字节），请选择有内容的文件");
        }
        if (content.length > settings.maxBytes()) {
            String message = "文件" + shownName + "大小为 " + ByteSizes.format(content.length) + "，超过了 "
                    + ByteSizes.format(settings.maxBytes()) + " 的上限；请压缩或拆分后再上传";
            throw new TooLargeException(message, List.of(new FieldError(FIELD, message)), settings.maxBytes());
        }
        String cleaned = clean(declaredName);
        String extension = extensionOf(cleaned);
        Optional<AttachmentType> sniffed = AttachmentType.sniff(content);
        if (AttachmentType.hasMacros(content)) {
            throw unsupported("文件" + shownName + "是含宏（VBA）的 Office 文件，不予接受；请另存为不含宏的 .docx、.xlsx 或 PDF 后再上传");
        }
        if (sniffed.isEmpty()) {
            Optional<AttachmentType> claimed = AttachmentType.ofExtension(extension);
            if (claimed.isPresent()) {
                throw unsupported("文件" + shownName + "的扩展名是 ." + extension + "，但内容不是 " + claimed.get().label()
                        + "；请上传真实的 " + claimed.get().label() + "，只接受 " + AttachmentType.acceptedList());
            }
            throw unsupported("文件" + shownName + "的内容不是可接受的类型；只接受 " + AttachmentType.acceptedList());
        }
        AttachmentType type = sniffed.get();
        if (extension != null && !type.hasExtension(extension)) {
            throw invalid("文件" + shownName + "的内容是 " + type.label() + "，与扩展名 ."
                    + extension + " 不符；请把扩展名改为 ." + type.extensions().get(0) + " 后再上传");
        }
        if (!type.agreesWithDeclared(declaredContentType)) {
            throw invalid("文件" + shownName + "的内容是 " + type.label() + "（"
                    + type.mimeType() + "），与声明的类型 " + AttachmentType.bareType(declaredContentType) + " 不符");
        }
        return new AttachmentFile(limitLength(cleaned, extension, type), type, content, sha256Hex(content));
    }

    /** The SHA-256 of the bytes, 64 lower-case hex digits. */
    public static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The last segment of the path a browser may send, in NFC, without control, formatting (bidirectional overrides,
     * zero-width characters) or unassigned characters, without the characters file systems and headers forbid, with
     * runs of white space made one space, and without leading or trailing dots and spaces.
     */
    static String clean(String declaredName) {
        String name = declaredName == null ? "" : declaredName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder();
        name.codePoints().forEach(cp -> {
            int category = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            } else if (category == Character.CONTROL || category == Character.FORMAT
                    || category == Character.PRIVATE_USE || category == Character.SURROGATE
                    || category == Character.UNASSIGNED) {
                // dropped: invisible, or able to disguise the extension
            } else if (FORBIDDEN_IN_NAMES.indexOf(cp) >= 0) {
                sb.append('_');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return stripDotsAndSpaces(sb.toString());
    }

    /**
     * The extension after the last dot, null when there is none: one to ten ASCII letters and digits, so that a dot
     * inside a name ("v2.1 整改说明") is not taken for one.
     */
    static String extensionOf(String cleanedName) {
        int dot = cleanedName.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String extension = cleanedName.substring(dot + 1);
        return EXTENSION.matcher(extension).matches() ? extension : null;
    }

    /** The stored name: the type's extension added when there was none, the base cut to fit {@link #NAME_MAX}. */
    private static String limitLength(String cleaned, String extension, AttachmentType type) {
        String ext = extension != null ? extension : type.extensions().get(0);
        String base = extension != null ? cleaned.substring(0, cleaned.length() - extension.length() - 1) : cleaned;
        base = stripDotsAndSpaces(base);
        int room = NAME_MAX - ext.length() - 1;
        if (base.codePointCount(0, base.length()) > room) {
            base = stripDotsAndSpaces(base.substring(0, base.offsetByCodePoints(0, room)));
        }
        if (base.isEmpty()) {
            base = FALLBACK_BASE;
        }
        return base + "." + ext;
    }

    private static String stripDotsAndSpaces(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && (s.charAt(from) == '.' || s.charAt(from) == ' ')) {
            from++;
        }
        while (to > from && (s.charAt(to - 1) == '.' || s.charAt(to - 1) == ' ')) {
            to--;
        }
        return s.substring(from, to);
    }

    /** The name as the user knows it, quoted for a message (cut short when long); empty for none. */
    private static String shown(String declaredName) {
        String cleaned = clean(declaredName);
        if (cleaned.isEmpty()) {
            return "";
        }
        if (cleaned.codePointCount(0, cleaned.length()) > 60) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, 60)) + "…";
        }
        return "“" + cleaned + "”";
    }

    /** An exception whose message is also its one field error: the API's detail and the page say the same. */
    private static InvalidInputException invalid(String message) {
        return new InvalidInputException(message, List.of(new FieldError(FIELD, message)));
    }

    private static UnsupportedContentException unsupported(String message) {
        return new UnsupportedContentException(message, List.of(new FieldError(FIELD, message)));
    }

    /** The safe name to store and offer for download, extension included. */
    public String name() {
        return name;
    }

    public AttachmentType type() {
        return type;
    }

    /** The bytes as uploaded (not a copy). */
    public byte[] content() {
        return content;
    }

    public long size() {
        return content.length;
    }

    public String sha256() {
        return sha256;
    }
}
