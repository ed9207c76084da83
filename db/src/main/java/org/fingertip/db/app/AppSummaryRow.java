package org.fingertip.db.app;

import java.time.Instant;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Audience;
import org.fingertip.registry.department.DivisionLevel;

/** One row of a registry search, with the owner unit's name. */
record AppSummaryRow(long id, String name, AppKind kind, Audience audience, AppStatus status, String filingNumber,
                     String ownerUnitCode, String ownerUnitName, DivisionLevel level, Instant statusSince) {
}
