package org.fingertip.registry.admin;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;

/**
 * The durations table as it applies now: each duration's configured default and, where an administrator set one,
 * its stored value, which wins. Values are working days.
 */
public final class DurationSettings {
    private final Map<DurationKey, Integer> defaults;
    private final Map<DurationKey, DurationOverrides.Stored> stored;

    public DurationSettings(Map<DurationKey, Integer> defaults, Map<DurationKey, DurationOverrides.Stored> stored) {
        for (DurationKey key : DurationKey.values()) {
            Objects.requireNonNull(defaults.get(key), () -> "no default for " + key);
        }
        this.defaults = new EnumMap<>(defaults);
        this.stored = stored.isEmpty() ? new EnumMap<>(DurationKey.class) : new EnumMap<>(stored);
    }

    /** One line of the table. */
    public record Line(DurationKey key, int defaultDays, Integer storedDays, Instant updatedAt, String updatedBy) {
        public int current() {
            return storedDays != null ? storedDays : defaultDays;
        }

        public boolean isOverridden() {
            return storedDays != null;
        }
    }

    public int current(DurationKey key) {
        DurationOverrides.Stored s = stored.get(key);
        return s != null ? s.workingDays() : defaults.get(key);
    }

    public int defaultOf(DurationKey key) {
        return defaults.get(key);
    }

    public List<Line> lines() {
        return java.util.Arrays.stream(DurationKey.values()).map(k -> {
            DurationOverrides.Stored s = stored.get(k);
            return new Line(k, defaults.get(k), s == null ? null : s.workingDays(), s == null ? null : s.updatedAt(),
                    s == null ? null : s.updatedBy());
        }).toList();
    }

    /** A value an administrator may set for the key: a whole number of working days within its bounds. */
    public static int validate(DurationKey key, Integer value) {
        if (value == null) {
            throw new InvalidInputException("请填写天数", List.of(new FieldError("workingDays", "请填写工作日天数")));
        }
        if (value < key.min() || value > key.max()) {
            String message = "“" + key.label() + "”须在 " + key.min() + " 至 " + key.max() + " 个工作日之间";
            throw new InvalidInputException(message, List.of(new FieldError("workingDays", message)));
        }
        return value;
    }
}
