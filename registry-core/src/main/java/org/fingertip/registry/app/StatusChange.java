package org.fingertip.registry.app;

import java.time.Instant;

/** One transition of an app: who moved it, when, from which state to which, and why. */
public record StatusChange(AppStatus from, AppStatus to, String actor, Instant at, String reason) {
}
