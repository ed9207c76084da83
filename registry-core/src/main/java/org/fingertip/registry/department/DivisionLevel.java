package org.fingertip.registry.department;

import org.fingertip.registry.shared.Labelled;

/** Levels of the administrative tree, top down. A unit's level is the level of its division. */
public enum DivisionLevel implements Labelled {
    PROVINCE("省级"),
    CITY("市级"),
    COUNTY("县级"),
    TOWNSHIP("乡镇（街道）级"),
    VILLAGE("村（社区）级");

    private final String label;

    DivisionLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Units below county level in principle build no apps (the level rule of the pre-check). */
    public boolean isBelowCounty() {
        return ordinal() > COUNTY.ordinal();
    }
}
