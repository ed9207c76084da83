package org.fingertip.registry.recheck;

import java.util.Objects;

/** One fired rule of the re-check decision: the reason it found and the verdict it asks for. */
public record RecheckFinding(RecheckReason reason, Verdict verdict) {

    public RecheckFinding {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(verdict, "verdict");
    }
}
