package org.fingertip.registry.admin;

import java.time.Instant;
import java.util.Objects;

/**
 * One administrative change: when, who, what was done, to which object (its kind and key: a unit code, a username, a
 * year, a catalogue entry's id, a duration's key) and in words what changed.
 *
 * @param id null before it is stored
 */
public record AdminChange(Long id, Instant at, String actor, AdminAction action, AdminObject objectKind,
                          String objectKey, String detail) {
    public static final int KEY_MAX = 120;

    public AdminChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectKind, "objectKind");
        Objects.requireNonNull(objectKey, "objectKey");
        detail = detail == null ? "" : detail;
        if (objectKey.length() > KEY_MAX) {
            objectKey = objectKey.substring(0, KEY_MAX);
        }
    }

    public static AdminChange of(Instant at, String actor, AdminAction action, AdminObject kind, String key,
                                 String detail) {
        return new AdminChange(null, at, actor, action, kind, key, detail);
    }

    public AdminChange stored(long assignedId) {
        return new AdminChange(assignedId, at, actor, action, objectKind, objectKey, detail);
    }
}
