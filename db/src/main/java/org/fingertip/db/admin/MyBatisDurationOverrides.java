package org.fingertip.db.admin;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.fingertip.registry.admin.DurationKey;
import org.fingertip.registry.admin.DurationOverrides;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The durations an administrator set, on MyBatis; a key no longer known is left alone (an older node's). */
@Repository
public class MyBatisDurationOverrides implements DurationOverrides {
    private final AdminMapper mapper;

    public MyBatisDurationOverrides(AdminMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Map<DurationKey, Stored> all() {
        Map<DurationKey, Stored> all = new EnumMap<>(DurationKey.class);
        for (DurationRow row : mapper.durations()) {
            for (DurationKey key : DurationKey.values()) {
                if (key.name().equals(row.settingKey())) {
                    all.put(key, new Stored(row.workingDays(), row.updatedAt(), row.updatedBy()));
                }
            }
        }
        return all;
    }

    @Override
    @Transactional
    public void put(DurationKey key, int workingDays, String by, Instant at) {
        if (mapper.updateDuration(key.name(), workingDays, by, at) == 0) {
            mapper.insertDuration(key.name(), workingDays, by, at);
        }
    }

    @Override
    public boolean remove(DurationKey key) {
        return mapper.deleteDuration(key.name()) > 0;
    }
}
