package org.fingertip.registry.change;

import java.time.Instant;

/** One step of a change filing: who, when, from which state to which, and the note. {@code from} is null at filing. */
public record ChangeStep(ChangeState from, ChangeState to, String action, String actor, Instant at, String note) {
}
