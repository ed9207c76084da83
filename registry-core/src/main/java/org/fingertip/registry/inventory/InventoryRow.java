package org.fingertip.registry.inventory;

import org.fingertip.registry.usage.UsageEntry;

/**
 * One data row of an inventory file as it was read, before any check: its line in the file (the header is line 1)
 * and the text of each column, null when absent. {@link InventoryRules#check} turns it into {@link InventoryFacts} or
 * names every column that is wrong. A row the reader could not split into cells carries the reason instead
 * ({@link #unreadable}).
 *
 * @param unitCode    the owner unit (主办单位编码), {@code <division>-<nnn>}
 * @param kind        an {@code AppKind} by name or Chinese label
 * @param audience    INTERNAL/PUBLIC or 内部/公众
 * @param stores      stores or host platforms, separated by commas, 、 or semicolons
 * @param launchDate  {@code yyyy-MM-dd}, the day it went live
 * @param packageName optional: package name, bundle id or mini-program AppID
 * @param usage       optional: one month of usage facts; null when the row has none
 */
public record InventoryRow(int line, String unitCode, String name, String kind, String audience, String stores,
                           String launchDate, String packageName, UsageEntry usage, String unreadable) {

    public static InventoryRow of(int line, String unitCode, String name, String kind, String audience, String stores,
                                  String launchDate, String packageName, UsageEntry usage) {
        return new InventoryRow(line, unitCode, name, kind, audience, stores, launchDate, packageName, usage, null);
    }

    public static InventoryRow unreadable(int line, String reason) {
        return new InventoryRow(line, null, null, null, null, null, null, null, null, reason);
    }
}
