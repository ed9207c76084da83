package org.fingertip.web.admin;

import java.time.Instant;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.admin.DurationKey;
import org.fingertip.registry.admin.DurationSettings;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.admin.DurationChanges;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The durations table: {@code GET /api/admin/durations} (each value, its default, unit and bounds), {@code PUT …/{key}}
 * to set one, {@code DELETE …/{key}} to go back to the default; tasks created afterwards count with it.
 */
@RestController
class DurationApiController {
    static final String UNIT = "工作日";

    private final DurationChanges durations;

    DurationApiController(DurationChanges durations) {
        this.durations = durations;
    }

    @GetMapping("/api/admin/durations")
    @Allowed(Role.ADMIN)
    List<Line> table(Actor actor) {
        org.fingertip.registry.admin.AdminRules.requireAdmin(actor, "查看期限设置");
        return lines(durations.settings());
    }

    @PutMapping("/api/admin/durations/{key}")
    @Allowed(Role.ADMIN)
    List<Line> set(Actor actor, @PathVariable String key, @RequestBody SetRequest body) {
        return lines(durations.set(actor, key(key), body.workingDays()));
    }

    @DeleteMapping("/api/admin/durations/{key}")
    @Allowed(Role.ADMIN)
    List<Line> reset(Actor actor, @PathVariable String key) {
        return lines(durations.reset(actor, key(key)));
    }

    /** The duration a path names; 404 for none. */
    static DurationKey key(String name) {
        for (DurationKey k : DurationKey.values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        throw new NotFoundException("没有名为 " + name + " 的期限；可选：" + String.join("、",
                java.util.Arrays.stream(DurationKey.values()).map(Enum::name).toList()));
    }

    private static List<Line> lines(DurationSettings settings) {
        return settings.lines().stream().map(l -> new Line(l.key().name(), l.key().label(), l.current(),
                l.defaultDays(), l.isOverridden(), UNIT, l.key().min(), l.key().max(), l.updatedAt(), l.updatedBy()))
                .toList();
    }

    record SetRequest(Integer workingDays) {
    }

    record Line(String key, String label, int workingDays, int defaultDays, boolean overridden, String unit, int min,
                int max, Instant updatedAt, String updatedBy) {
    }
}
