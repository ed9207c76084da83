package org.fingertip.registry.app;

import java.time.Instant;

import org.fingertip.registry.department.DivisionLevel;

/** One row of a registry list. */
public record AppSummary(long id, String name, AppKind kind, Audience audience, AppStatus status, String filingNumber,
                         String ownerUnitCode, String ownerUnitName, DivisionLevel level, Instant statusSince) {
}
