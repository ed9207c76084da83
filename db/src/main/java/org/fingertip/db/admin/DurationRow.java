package org.fingertip.db.admin;

import java.time.Instant;

/** One duration_setting row. */
record DurationRow(String settingKey, int workingDays, Instant updatedAt, String updatedBy) {
}
