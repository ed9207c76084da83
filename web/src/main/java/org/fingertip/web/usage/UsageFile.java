package org.fingertip.web.usage;

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

import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.usage.UsageRow;
import org.fingertip.registry.usage.UsageService;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded usage file as import rows. The format is told by the content, not the name: a ZIP (it starts with
 * "PK") is an .xlsx workbook, anything else CSV text — UTF-8 with or without a byte-order mark, or GBK (what
 * Chinese spreadsheet programs write) when the bytes are not valid UTF-8. A problem with the file as a whole (no
 * header, a missing column, too many rows) is a 400 naming {@code file}; a problem with one row goes back with it.
 */
final class UsageFile {
    /** GB18030 decodes every GBK file the same way, and the rare characters GBK lacks as well. */
    static final Charset GBK = Charset.forName("GB18030");

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private UsageFile() {
    }

    static List<UsageRow> read(MultipartFile file) {
        if (file.isEmpty()) {
            throw fileProblem("上传的文件是空的", "文件没有内容；第一行应为表头，其后每行一个应用一个月");
        }
        int maxRows = UsageService.MAX_IMPORT_ROWS + 1;
        try {
            byte[] head = head(file);
            if (startsWith(head, ZIP)) {
                Path temp = Files.createTempFile("fingertip-usage-", ".xlsx");
                try {
                    try (InputStream in = file.getInputStream()) {
                        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                    }
                    return UsageColumns.rows(XlsxTable.read(temp, maxRows));
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
            if (startsWith(head, OLE2)) {
                throw fileProblem("不支持旧版 Excel 文件", "不支持 .xls 格式，请在 Excel 中另存为 .xlsx 或 CSV 后上传");
            }
            return UsageColumns.rows(CsvTable.read(decode(file.getBytes()), maxRows));
        } catch (TooManyRows e) {
            throw fileProblem("文件数据行过多",
                    "每个文件最多 " + UsageService.MAX_IMPORT_ROWS + " 行数据，请拆分后分别导入");
        } catch (IOException e) {
            throw new UncheckedIOException("reading an uploaded usage file", e);
        }
    }

    /** The text of CSV bytes: UTF-8 (a byte-order mark dropped) when valid, else GBK. */
    static String decode(byte[] bytes) {
        if (startsWith(bytes, UTF8_BOM)) {
            try {
                return strictUtf8(Arrays.copyOfRange(bytes, UTF8_BOM.length, bytes.length));
            } catch (CharacterCodingException e) {
                throw fileProblem("文件编码有误", "文件以 UTF-8 标记开头，但内容不是有效的 UTF-8；请重新另存为“CSV UTF-8”");
            }
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            throw fileProblem("不支持 UTF-16 编码", "文件是 UTF-16（Unicode 文本）编码；请另存为“CSV UTF-8”、CSV 或 .xlsx");
        }
        try {
            return strictUtf8(bytes);
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GBK);
        }
    }

    static InvalidInputException fileProblem(String detail, String message) {
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
