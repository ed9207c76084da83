package org.fingertip.registry.precheck;

/** What a pre-check finding is about. */
public enum FindingCode {
    INCOMPLETE_SECTION,
    BANNED_FEATURE,
    LEVEL_BELOW_COUNTY,
    DUPLICATE_APP,
    PLATFORM_OVERLAP
}
