package org.fingertip.db.app;

import java.time.Instant;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Audience;
import org.fingertip.registry.department.DivisionLevel;

/** The columns of one app row as written; name, kind and audience are copied out of the form for searching. */
record AppColumns(Long id, String name, AppKind kind, Audience audience, String ownerUnitCode,
                  String ownerDivisionPath, DivisionLevel level, AppStatus status, Instant statusSince,
                  String filingNumber, Instant filedAt, String formJson, String findingsJson, String gapsJson,
                  String createdBy, Instant createdAt, String submittedBy, Long previousAppId) {
}
