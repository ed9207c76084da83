package org.fingertip.registry.admin;

import java.time.Clock;

import org.fingertip.registry.access.Actor;

/** Appends what an administrator did to the record of changes, at the clock's time, in the caller's transaction. */
public final class AdminLog {
    private final AdminChanges changes;
    private final Clock clock;

    public AdminLog(AdminChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    public AdminChange record(Actor actor, AdminAction action, AdminObject kind, String key, String detail) {
        return changes.add(AdminChange.of(clock.instant(), actor.username(), action, kind, key, detail));
    }

    /** The record's clock, now. */
    public java.time.Instant now() {
        return clock.instant();
    }

    /** A page of the record, newest first. */
    public AdminChanges.Page page(Actor actor, AdminObject kind, String key, int page, int size) {
        AdminRules.requireAdmin(actor, "查看变更记录");
        return changes.page(new AdminChanges.Query(kind, key == null || key.isBlank() ? null : key.strip(), page,
                size));
    }
}
