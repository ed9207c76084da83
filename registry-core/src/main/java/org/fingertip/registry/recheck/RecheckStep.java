package org.fingertip.registry.recheck;

import java.time.Instant;

/** One step of a re-check: who, when, from which state to which, and the note. {@code from} is null at the start. */
public record RecheckStep(RecheckState from, RecheckState to, String action, String actor, Instant at, String note) {
}
