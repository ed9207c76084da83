package org.fingertip.registry.ledger;

import java.time.Instant;

/** One step of a ledger item: who, when, from which state to which, and the note (evidence, verdict, reason). */
public record LedgerStep(LedgerState from, LedgerState to, String action, String actor, Instant at, String note) {
}
