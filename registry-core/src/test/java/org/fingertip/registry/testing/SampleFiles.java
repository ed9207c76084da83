package org.fingertip.registry.testing;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/**
 * Files as people attach them: a real PDF, images written by the JDK's own encoders, Word and Excel packages with
 * their parts, and the impostors — text named .pdf, a macro-enabled document, an old binary Office file.
 */
public final class SampleFiles {
    private SampleFiles() {
    }

    /** A small, valid one-page PDF whose text carries the marker (so that two PDFs differ). */
    public static byte[] pdf(String marker) {
        String stream = "BT /F1 12 Tf 72 720 Td (" + marker.replaceAll("[^A-Za-z0-9 ]", "") + ") Tj ET";
        String body = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
                + "4 0 obj << /Length " + stream.length() + " >> stream\n" + stream + "\nendstream endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] pdf() {
        return pdf("rectified");
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    public static byte[] gif() {
        return image("gif");
    }

    /** The RIFF container of a lossless WebP: the header is what identifies it. */
    public static byte[] webp() {
        byte[] b = new byte[40];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 4);
        b[4] = 32;
        System.arraycopy("WEBPVP8L".getBytes(StandardCharsets.US_ASCII), 0, b, 8, 8);
        return b;
    }

    public static byte[] docx() {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml");
    }

    public static byte[] xlsx() {
        return zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    }

    /** A Word document with a VBA project (.docm saved under another name). */
    public static byte[] docm() {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/vbaProject.bin");
    }

    /** A plain ZIP archive: not an Office file. */
    public static byte[] plainZip() {
        return zip("整改材料/截图1.txt", "整改材料/说明.txt");
    }

    /** An old binary Office file (.doc/.xls): the OLE2 signature. */
    public static byte[] oldOffice() {
        byte[] b = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    /** Text that only claims to be a PDF by its name. */
    public static byte[] text() {
        return "整改说明：已删除签到功能。\n".getBytes(StandardCharsets.UTF_8);
    }

    /** A JPEG header followed by zeros up to the size: accepted by kind, the worst case for escaping in SQL. */
    public static byte[] jpegOfSize(int size) {
        byte[] b = Arrays.copyOf(jpeg(), size);
        return b;
    }

    /** A PDF padded with a comment up to exactly this size. */
    public static byte[] pdfOfSize(int size) {
        byte[] head = pdf("padded");
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) ' ');
        System.arraycopy(head, 0, b, 0, Math.min(head.length, size));
        return b;
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, Color.RED.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] zip(String... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (String name : entries) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("<x>" + name + "</x>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
