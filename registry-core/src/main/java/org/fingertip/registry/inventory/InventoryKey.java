package org.fingertip.registry.inventory;

import java.util.Objects;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.precheck.FunctionNames;

/**
 * What the inventory knows one thing by: its owner unit, its name normalised (full-width and half-width alike, case,
 * spaces and punctuation ignored: "武汉 城管通。" is "武汉城管通"), and its kind. Importing a row whose key is already
 * known updates that entry; it never creates a second app.
 */
public record InventoryKey(String unitCode, String normalisedName, AppKind kind) {
    /** The longest normalised name kept: a name has at most 100 characters, but NFKC may lengthen one. */
    public static final int NAME_MAX = 100;

    public InventoryKey {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(normalisedName, "normalisedName");
        Objects.requireNonNull(kind, "kind");
    }

    public static InventoryKey of(String unitCode, String name, AppKind kind) {
        return new InventoryKey(unitCode, normalise(name), kind);
    }

    /** The name as the key compares it; empty for a name of nothing but spaces and punctuation. */
    public static String normalise(String name) {
        String n = FunctionNames.normalise(name);
        return n.length() <= NAME_MAX ? n : n.substring(0, NAME_MAX);
    }

    @Override
    public String toString() {
        return unitCode + "/" + normalisedName + "/" + kind;
    }
}
