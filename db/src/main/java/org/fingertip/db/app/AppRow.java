package org.fingertip.db.app;

import java.time.Instant;

import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.department.DivisionLevel;

/** One app row as read, joined with its owner unit and that unit's division. */
record AppRow(long id, String ownerUnitCode, String ownerUnitName, String divisionCode, String divisionName,
              DivisionLevel divisionLevel, String divisionParentCode, String divisionPath, AppStatus status,
              Instant statusSince, String filingNumber, Instant filedAt, String formJson, String findingsJson,
              String gapsJson, String createdBy, Instant createdAt, String submittedBy, Long previousAppId,
              int version) {
}
