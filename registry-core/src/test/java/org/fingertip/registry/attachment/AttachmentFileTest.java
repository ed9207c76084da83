package org.fingertip.registry.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.TooLargeException;
import org.fingertip.registry.shared.UnsupportedContentException;
import org.fingertip.registry.testing.SampleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AttachmentFileTest {
    private static final AttachmentSettings DEFAULTS = AttachmentSettings.defaults();

    private static AttachmentFile check(String name, String contentType, byte[] content) {
        return AttachmentFile.check(name, contentType, content, DEFAULTS);
    }

    static Stream<Arguments> eachAcceptedKind() {
        return Stream.of(
                Arguments.of("整改报告.pdf", (Supplier<byte[]>) SampleFiles::pdf, AttachmentType.PDF, "application/pdf"),
                Arguments.of("截图.png", (Supplier<byte[]>) SampleFiles::png, AttachmentType.PNG, "image/png"),
                Arguments.of("现场照片.jpg", (Supplier<byte[]>) SampleFiles::jpeg, AttachmentType.JPEG, "image/jpeg"),
                Arguments.of("现场照片.JPEG", (Supplier<byte[]>) SampleFiles::jpeg, AttachmentType.JPEG, "image/jpeg"),
                Arguments.of("动图.gif", (Supplier<byte[]>) SampleFiles::gif, AttachmentType.GIF, "image/gif"),
                Arguments.of("截图.webp", (Supplier<byte[]>) SampleFiles::webp, AttachmentType.WEBP, "image/webp"),
                Arguments.of("整改方案.docx", (Supplier<byte[]>) SampleFiles::docx, AttachmentType.DOCX,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                Arguments.of("用户统计.xlsx", (Supplier<byte[]>) SampleFiles::xlsx, AttachmentType.XLSX,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @ParameterizedTest(name = "{0} is {2}")
    @MethodSource("eachAcceptedKind")
    void eachAcceptedKindIsToldByItsContentAndKeepsItsName(String name, Supplier<byte[]> content, AttachmentType type,
                                                           String mimeType) {
        byte[] bytes = content.get();
        AttachmentFile file = check(name, mimeType, bytes);

        assertThat(file.type()).isEqualTo(type);
        assertThat(file.type().mimeType()).isEqualTo(mimeType);
        assertThat(file.name()).isEqualTo(name);
        assertThat(file.size()).isEqualTo(bytes.length);
        assertThat(check(name, "application/octet-stream", bytes).type()).as("a generic declared type").isEqualTo(type);
        assertThat(check(name, null, bytes).type()).as("no declared type").isEqualTo(type);
    }

    @Test
    void theChecksumIsTheSha256OfTheBytesInLowerCaseHex() {
        assertThat(AttachmentFile.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        byte[] pdf = SampleFiles.pdf();
        AttachmentFile file = check("报告.pdf", "application/pdf", pdf);
        assertThat(file.sha256()).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(AttachmentFile.sha256Hex(pdf));
        assertThat(check("报告.pdf", null, SampleFiles.pdf("other")).sha256()).isNotEqualTo(file.sha256());
    }

    @Test
    void textNamedPdfIsRefusedAsNotAPdf() {
        assertThatThrownBy(() -> check("整改报告.pdf", "application/pdf", SampleFiles.text()))
                .isInstanceOfSatisfying(UnsupportedContentException.class, e -> {
                    assertThat(e.getMessage()).contains("“整改报告.pdf”", "扩展名是 .pdf", "内容不是 PDF 文档");
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("file");
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unacceptedContent")
    void contentOfNoAcceptedKindIsRefusedListingTheAcceptedKinds(String name, byte[] content) {
        assertThatThrownBy(() -> check(name, null, content))
                .isInstanceOfSatisfying(UnsupportedContentException.class, e -> assertThat(e.getMessage())
                        .contains("只接受", "PDF 文档（.pdf）", "JPEG 图片（.jpg/.jpeg）", "Excel 表格（.xlsx）"));
    }

    static Stream<Arguments> unacceptedContent() {
        return Stream.of(
                Arguments.of("说明.txt", SampleFiles.text()),
                Arguments.of("旧版文档.doc", SampleFiles.oldOffice()),
                Arguments.of("材料.zip", SampleFiles.plainZip()),
                Arguments.of("程序.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}),
                Arguments.of("页面.html", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("坏的压缩包.docx", brokenZip()));
    }

    /** A local header and an end record whose directory points past the data: read, found wanting, not a crash. */
    private static byte[] brokenZip() {
        byte[] b = new byte[64];
        b[0] = 'P';
        b[1] = 'K';
        b[2] = 3;
        b[3] = 4;
        int end = 64 - 22;
        b[end] = 0x50;
        b[end + 1] = 0x4b;
        b[end + 2] = 5;
        b[end + 3] = 6;
        b[end + 10] = (byte) 0xFF;
        b[end + 16] = (byte) 0xFF;
        b[end + 17] = (byte) 0xFF;
        return b;
    }

    @Test
    void anOfficeFileWithMacrosIsRefusedWhateverItsName() {
        for (String name : new String[] {"整改方案.docx", "整改方案.docm"}) {
            assertThatThrownBy(() -> check(name, null, SampleFiles.docm()))
                    .isInstanceOfSatisfying(UnsupportedContentException.class,
                            e -> assertThat(e.getMessage()).contains("含宏（VBA）"));
        }
    }

    @Test
    void anExtensionThatDisagreesWithTheContentIsRefusedSayingWhatTheContentIs() {
        assertThatThrownBy(() -> check("整改报告.pdf", null, SampleFiles.png()))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageContaining("内容是 PNG 图片，与扩展名 .pdf 不符；请把扩展名改为 .png");
        assertThatThrownBy(() -> check("扫描件.pdf.exe", null, SampleFiles.pdf()))
                .isExactlyInstanceOf(InvalidInputException.class).hasMessageContaining("扩展名 .exe");
        assertThatThrownBy(() -> check("表格.docx", null, SampleFiles.xlsx()))
                .isExactlyInstanceOf(InvalidInputException.class).hasMessageContaining("内容是 Excel 表格");
    }

    @Test
    void aDeclaredContentTypeThatDisagreesWithTheContentIsRefused() {
        assertThatThrownBy(() -> check("截图.png", "application/pdf", SampleFiles.png()))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageContaining("内容是 PNG 图片（image/png），与声明的类型 application/pdf 不符");
        assertThatThrownBy(() -> check("说明.pdf", "text/html", SampleFiles.pdf()))
                .isExactlyInstanceOf(InvalidInputException.class);
        assertThat(check("截图.png", "IMAGE/PNG; name=x", SampleFiles.png()).type()).isEqualTo(AttachmentType.PNG);
        assertThat(check("照片.jpg", "image/jpg", SampleFiles.jpeg()).type()).isEqualTo(AttachmentType.JPEG);
        assertThat(check("方案.docx", "application/zip", SampleFiles.docx()).type()).isEqualTo(AttachmentType.DOCX);
    }

    @Test
    void anEmptyFileIsRefused() {
        for (byte[] empty : new byte[][] {new byte[0], null}) {
            assertThatThrownBy(() -> check("空.pdf", "application/pdf", empty))
                    .isExactlyInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("“空.pdf”是空的（0 字节）");
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedNamingTheLimitAndOneAtTheLimitIsAccepted() {
        AttachmentSettings oneMegabyte = new AttachmentSettings(AttachmentSettings.MIB, 20);
        byte[] atLimit = SampleFiles.pdfOfSize((int) AttachmentSettings.MIB);
        byte[] over = SampleFiles.pdfOfSize((int) AttachmentSettings.MIB + 1);

        assertThat(AttachmentFile.check("刚好.pdf", null, atLimit, oneMegabyte).size()).isEqualTo(AttachmentSettings.MIB);
        assertThatThrownBy(() -> AttachmentFile.check("过大.pdf", null, over, oneMegabyte))
                .isInstanceOfSatisfying(TooLargeException.class, e -> {
                    assertThat(e.getMessage()).contains("“过大.pdf”", "超过了 1 MB 的上限");
                    assertThat(e.limitBytes()).isEqualTo(AttachmentSettings.MIB);
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("file");
                });
        assertThat(DEFAULTS.maxBytes()).as("the default limit").isEqualTo(10L * 1024 * 1024);
        assertThat(DEFAULTS.maxPerRecord()).isEqualTo(20);
    }

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiterString = " => ", value = {
            "C:\\Users\\张三\\Desktop\\整改报告.pdf => 整改报告.pdf",
            "../../etc/passwd.pdf => passwd.pdf",
            "a<b>c:d\"e|f?g*.pdf => a_b_c_d_e_f_g_.pdf",
            "说明\u202Egnp.pdf => 说明gnp.pdf",
            "整改\u200B报告\u0000.pdf => 整改报告.pdf",
            "  整改\t\t报告  .pdf => 整改 报告.pdf",
            "e\u0301tat.pdf => \u00e9tat.pdf",
            "...pdf => pdf.pdf",
            "整改报告 => 整改报告.pdf",
            "v2.1 整改说明 => v2.1 整改说明.pdf",
            ".pdf => pdf.pdf",
            "报告.PDF => 报告.PDF",
    })
    void namesAreMadeSafeAndGetTheExtensionOfTheirContentWhenTheyHaveNone(String declared, String stored) {
        assertThat(check(declared, null, SampleFiles.pdf()).name()).isEqualTo(stored);
    }

    @Test
    void aFileWithoutANameIsCalledAttachment() {
        assertThat(check(null, null, SampleFiles.png()).name()).isEqualTo("附件.png");
        assertThat(check(" \u202E ", null, SampleFiles.png()).name()).isEqualTo("附件.png");
    }

    @Test
    void longNamesAreCutToTheLimitKeepingTheExtension() {
        String longName = "很长的整改报告名称".repeat(40) + ".pdf";
        String stored = check(longName, null, SampleFiles.pdf()).name();
        assertThat(stored.codePointCount(0, stored.length())).isEqualTo(AttachmentFile.NAME_MAX);
        assertThat(stored).endsWith(".pdf").startsWith("很长的整改报告名称");

        String supplementary = "𠀀".repeat(150) + ".png";
        String cut = check(supplementary, null, SampleFiles.png()).name();
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(AttachmentFile.NAME_MAX);
        assertThat(cut).endsWith("𠀀.png");
    }

    @Test
    void sizesReadInBinaryUnits() {
        assertThat(ByteSizes.format(0)).isEqualTo("0 B");
        assertThat(ByteSizes.format(1023)).isEqualTo("1023 B");
        assertThat(ByteSizes.format(1536)).isEqualTo("1.5 KB");
        assertThat(ByteSizes.format(10L * 1024 * 1024)).isEqualTo("10 MB");
        assertThat(ByteSizes.format(10L * 1024 * 1024 + 1)).isEqualTo("10 MB");
        assertThat(ByteSizes.format(12_900_000)).isEqualTo("12.3 MB");
    }

    @Test
    void theContentIsHeldAsGiven() {
        byte[] pdf = SampleFiles.pdf();
        AttachmentFile file = check("报告.pdf", null, pdf);
        assertThat(file.content()).isSameAs(pdf);
        assertThat(Arrays.equals(file.content(), SampleFiles.pdf())).isTrue();
    }
}
