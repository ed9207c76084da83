package org.fingertip.registry.usage;

/**
 * One data row of an import, whatever the file's format: its line in the file (the header is line 1), the app by id
 * or by filing number (text as read; one of them), and the month's values. A row the reader could not split into
 * cells carries the reason instead ({@link #unreadable}).
 */
public record UsageRow(int line, String appId, String filingNumber, UsageEntry entry, String unreadable) {

    public static UsageRow of(int line, String appId, String filingNumber, UsageEntry entry) {
        return new UsageRow(line, appId, filingNumber, entry, null);
    }

    public static UsageRow unreadable(int line, String reason) {
        return new UsageRow(line, null, null, null, reason);
    }
}
