package org.fingertip.registry.attachment;

/**
 * The limits on evidence files: the largest file accepted (default 10 MiB, within what one database row and one
 * request comfortably carry) and how many files one record may collect (default 20).
 */
public record AttachmentSettings(long maxBytes, int maxPerRecord) {
    public static final long MIB = 1024L * 1024L;

    public AttachmentSettings {
        if (maxBytes < 1 || maxPerRecord < 1) {
            throw new IllegalArgumentException("attachment limits must be positive");
        }
    }

    public static AttachmentSettings defaults() {
        return new AttachmentSettings(10 * MIB, 20);
    }
}
