package org.fingertip.registry.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.Audience;
import org.fingertip.registry.usage.UsageFigures;

/**
 * The checked facts of one inventory row: who owns what, since when, and optionally one month of its usage.
 *
 * @param stores      never null; empty when the row names none (allowed for kinds that are not filed)
 * @param packageName null when the row gives none
 * @param usage       null when the row gives no usage facts
 */
public record InventoryFacts(String unitCode, String name, AppKind kind, Audience audience, List<String> stores,
                             String packageName, LocalDate launchDate, UsageFigures usage) {

    public InventoryFacts {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(launchDate, "launchDate");
        stores = List.copyOf(stores);
    }

    /** The key the inventory knows this thing by. */
    public InventoryKey key() {
        return InventoryKey.of(unitCode, name, kind);
    }
}
