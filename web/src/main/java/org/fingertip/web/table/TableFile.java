package org.fingertip.web.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

import org.fingertip.registry.attachment.ByteSizes;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.TooLargeException;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded table (the usage import's, the inventory's) as text rows. The format is told by the content, not the
 * name: a ZIP (it starts with "PK") is an .xlsx workbook, anything else CSV text — UTF-8 with or without a byte-order
 * mark, or GBK (what Chinese spreadsheet programs write) when the bytes are not valid UTF-8. A problem with the file as
 * a whole (empty, too many rows, unreadable) is a 400 naming {@code file}; a file of a type no import reads (an old
 * .xls, a ZIP that is no workbook, UTF-16 or binary data) is an {@link UnsupportedTableFile}; a problem with one row
 * goes back with that row.
 */
public final class TableFile {
    /** GB18030 decodes every GBK file the same way, and the rare characters GBK lacks as well. */
    public static final Charset GBK = Charset.forName("GB18030");
    /** What the imports read, said at the end of a refusal. */
    static final String WHAT_TO_UPLOAD = "；请上传 Excel 另存的 .xlsx 文件，或 CSV 文件（UTF-8 或 GBK 编码）";

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** How far into a file a NUL byte is looked for: text never has one, binary data almost always early. */
    private static final int SNIFF = 8192;

    /** The largest table an import reads: 5 MB (binary), as before evidence files raised the multipart limit. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private TableFile() {
    }

    /**
     * The non-blank rows of the file, the header first.
     *
     * @param maxDataRows the most data rows an import takes; a 400 beyond that (reading stops there)
     * @param rowHint     what each row is, for the message about an empty file ("每行一个应用一个月")
     */
    public static List<SheetRow> read(MultipartFile file, int maxDataRows, String rowHint) {
        if (file.getSize() > MAX_BYTES) {
            // the multipart limit is the larger one of evidence files; a table import keeps its own
            String limit = ByteSizes.format(MAX_BYTES);
            throw new TooLargeException("上传的文件超过了 " + limit + " 的上限，请拆分后分别上传",
                    List.of(new FieldError("file", "文件不能超过 " + limit)), MAX_BYTES);
        }
        if (file.isEmpty()) {
            throw fileProblem("上传的文件是空的", "文件没有内容；第一行应为表头，其后" + rowHint);
        }
        int maxRows = maxDataRows + 1;
        try {
            byte[] head = head(file);
            if (startsWith(head, ZIP)) {
                Path temp = Files.createTempFile("fingertip-upload-", ".xlsx");
                try {
                    try (InputStream in = file.getInputStream()) {
                        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                    }
                    return XlsxTable.read(temp, maxRows);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
            if (startsWith(head, OLE2)) {
                throw new UnsupportedTableFile("不支持旧版 Excel 文件", "不支持 .xls 格式，请在 Excel 中另存为 .xlsx 或 CSV 后上传");
            }
            return CsvTable.read(decode(file.getBytes()), maxRows);
        } catch (TooManyRows e) {
            throw fileProblem("文件数据行过多", "每个文件最多 " + maxDataRows + " 行数据，请拆分后分别导入");
        } catch (IOException e) {
            throw new UncheckedIOException("reading an uploaded file", e);
        }
    }

    /** The text of CSV bytes: UTF-8 (a byte-order mark dropped) when valid, else GBK; binary data is refused. */
    public static String decode(byte[] bytes) {
        if (startsWith(bytes, UTF8_BOM)) {
            try {
                return strictUtf8(Arrays.copyOfRange(bytes, UTF8_BOM.length, bytes.length));
            } catch (CharacterCodingException e) {
                throw fileProblem("文件编码有误", "文件以 UTF-8 标记开头，但内容不是有效的 UTF-8；请重新另存为“CSV UTF-8”");
            }
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            throw new UnsupportedTableFile("不支持 UTF-16 编码",
                    "文件是 UTF-16（Unicode 文本）编码；请另存为“CSV UTF-8”、CSV 或 .xlsx");
        }
        for (int i = 0; i < Math.min(bytes.length, SNIFF); i++) {
            if (bytes[i] == 0) {
                throw new UnsupportedTableFile("不是表格文件",
                        "文件含有二进制内容（如 PDF、图片、Word 文档或 UTF-16 文本），不是 CSV 或 XLSX 表格" + WHAT_TO_UPLOAD);
            }
        }
        try {
            return strictUtf8(bytes);
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GBK);
        }
    }

    public static InvalidInputException fileProblem(String detail, String message) {
        return new InvalidInputException(detail, List.of(new FieldError("file", message)));
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static byte[] head(MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(4);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
