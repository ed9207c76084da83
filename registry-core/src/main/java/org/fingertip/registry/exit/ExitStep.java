package org.fingertip.registry.exit;

import java.time.Instant;

/** One step of an exit: who, when, from which state to which, and the note. {@code from} is null at the start. */
public record ExitStep(ExitState from, ExitState to, String action, String actor, Instant at, String note) {
}
