package org.fingertip.registry.app;

/** Who uses an app. */
public enum Audience {
    /** Party and government staff, grassroots cadres. */
    INTERNAL,
    /** The public. */
    PUBLIC
}
