package org.fingertip.registry.attachment;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The names in a ZIP's central directory, read from the bytes without inflating anything: telling a Word file from
 * an Excel file needs only the names of its parts, and a ZIP bomb stays harmless because nothing is decompressed.
 */
final class ZipDirectory {
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int END_RECORD_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    /** More parts than any document has: a directory claiming more is not read further. */
    private static final int MAX_ENTRIES = 10_000;

    private ZipDirectory() {
    }

    /** The entry names; empty when the bytes hold no readable central directory. */
    static Set<String> entryNames(byte[] b) {
        Set<String> names = new HashSet<>();
        int end = findEndOfDirectory(b);
        if (end < 0) {
            return names;
        }
        int entries = u16(b, end + 10);
        long size = u32(b, end + 12);
        long offset = u32(b, end + 16);
        if (offset + size > end || entries > MAX_ENTRIES) {
            return names;
        }
        int p = (int) offset;
        for (int i = 0; i < entries; i++) {
            if (p + 46 > end || u32(b, p) != DIRECTORY_ENTRY) {
                return names;
            }
            int nameLength = u16(b, p + 28);
            int extraLength = u16(b, p + 30);
            int commentLength = u16(b, p + 32);
            if (p + 46 + nameLength > end) {
                return names;
            }
            names.add(new String(b, p + 46, nameLength, StandardCharsets.UTF_8));
            p += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static int findEndOfDirectory(byte[] b) {
        int last = b.length - END_RECORD_SIZE;
        int first = Math.max(0, last - MAX_COMMENT);
        for (int p = last; p >= first; p--) {
            if (u32(b, p) == END_OF_DIRECTORY) {
                return p;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int p) {
        return (b[p] & 0xFFL) | (b[p + 1] & 0xFFL) << 8 | (b[p + 2] & 0xFFL) << 16 | (b[p + 3] & 0xFFL) << 24;
    }
}
