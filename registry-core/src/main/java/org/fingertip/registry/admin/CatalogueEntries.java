package org.fingertip.registry.admin;

import java.util.List;
import java.util.Optional;

/**
 * Port: the entries of the function catalogue of a province's unified platform, as an administrator keeps them (the
 * pre-check reads the same rows through {@link org.fingertip.registry.precheck.PlatformCatalogue}).
 */
public interface CatalogueEntries {

    /** The entries of a province (or all, null), optionally whose platform or function contains the keyword. */
    Page search(String provinceCode, String keyword, int page, int size);

    Optional<Entry> byId(long id);

    /** True when the province's platform already lists a function of this name (normalised), other than {@code exceptId}. */
    boolean exists(String provinceCode, String platformName, String functionName, Long exceptId);

    Entry add(String provinceCode, String platformName, String functionName);

    void update(long id, String platformName, String functionName);

    boolean remove(long id);

    record Entry(long id, String provinceCode, String platformName, String functionName) {
    }

    record Page(List<Entry> items, long total, int page, int size) {
        public Page {
            items = List.copyOf(items);
        }
    }
}
