package org.fingertip.registry.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.fingertip.registry.app.Audience;

/**
 * What the inventory recorded about one app: its key, the facts of the last import that changed them, and the filing
 * deadline it was given. Who created it and who last changed it, and through which import and line, are kept.
 *
 * @param id             null until stored
 * @param filingDeadline the last day to file it (kinds that are filed); null for accounts, work groups and systems
 * @param importId       the import that last changed the facts, and {@code line} its line there
 */
public record InventoryEntry(Long id, long appId, InventoryKey key, String name, Audience audience,
                             List<String> stores, String packageName, LocalDate launchDate, LocalDate filingDeadline,
                             long importId, int line, String createdBy, Instant createdAt, String updatedBy,
                             Instant updatedAt) {

    public InventoryEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(launchDate, "launchDate");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        stores = List.copyOf(stores);
    }

    /** A new entry for an app the import created or found in the registry. */
    public static InventoryEntry of(long appId, InventoryFacts facts, LocalDate filingDeadline, long importId, int line,
                                    String actor, Instant now) {
        return new InventoryEntry(null, appId, facts.key(), facts.name(), facts.audience(), facts.stores(),
                facts.packageName(), facts.launchDate(), filingDeadline, importId, line, actor, now, actor, now);
    }

    /** True when an import of these facts would change nothing. */
    public boolean sameFactsAs(InventoryFacts facts) {
        return name.equals(facts.name()) && audience == facts.audience() && stores.equals(facts.stores())
                && Objects.equals(packageName, facts.packageName()) && launchDate.equals(facts.launchDate());
    }

    /** This entry with the facts of a later import; the key, the app and the deadline stay. */
    public InventoryEntry updatedWith(InventoryFacts facts, long byImport, int atLine, String actor, Instant now) {
        return new InventoryEntry(id, appId, key, facts.name(), facts.audience(), facts.stores(), facts.packageName(),
                facts.launchDate(), filingDeadline, byImport, atLine, createdBy, createdAt, actor, now);
    }

    public InventoryEntry withId(long newId) {
        return new InventoryEntry(newId, appId, key, name, audience, stores, packageName, launchDate, filingDeadline,
                importId, line, createdBy, createdAt, updatedBy, updatedAt);
    }
}
