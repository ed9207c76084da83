package org.fingertip.db.app;

import java.time.Instant;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppStatus;

/** One app that was ever given a number, as the public lookup reads it. */
record PublicFilingRow(String filingNumber, String name, AppKind kind, String ownerUnitName, AppStatus status,
                       Instant filedAt, Instant statusSince) {
}
