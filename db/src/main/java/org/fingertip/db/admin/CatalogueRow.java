package org.fingertip.db.admin;

/** A catalogue entry to insert; the generated id comes back in {@link #id}. */
class CatalogueRow {
    Long id;
    String provinceCode;
    String platformName;
    String functionName;
    String normalisedName;
}
