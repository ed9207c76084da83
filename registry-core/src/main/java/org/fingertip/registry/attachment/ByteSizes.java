package org.fingertip.registry.attachment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A number of bytes for people, in binary units as the limits are set: "512 B", "120.5 KB", "10 MB". */
public final class ByteSizes {
    private ByteSizes() {
    }

    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < AttachmentSettings.MIB) {
            return scaled(bytes, 1024) + " KB";
        }
        return scaled(bytes, AttachmentSettings.MIB) + " MB";
    }

    /** One decimal at most, none when whole: 10 MB, 10.1 MB. */
    private static String scaled(long bytes, long unit) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
