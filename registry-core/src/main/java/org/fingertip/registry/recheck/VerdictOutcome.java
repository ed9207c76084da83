package org.fingertip.registry.recheck;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The result of a re-check decision: the most severe verdict of the rules that fired, every reason found (in the
 * order the rules fired, each once), and whether the app is a zombie — which gives the owner an appeal window
 * before exit starts.
 */
public record VerdictOutcome(Verdict verdict, List<RecheckReason> reasons, boolean zombie) {

    public VerdictOutcome {
        Objects.requireNonNull(verdict, "verdict");
        reasons = List.copyOf(reasons);
        if (zombie != reasons.contains(RecheckReason.ZOMBIE)) {
            throw new IllegalArgumentException("zombie must be true exactly when ZOMBIE is among the reasons");
        }
    }

    /** Combines the rules that fired; none fired means KEEP with no reasons. */
    public static VerdictOutcome of(List<RecheckFinding> findings) {
        Verdict verdict = Verdict.mostSevere(findings.stream().map(RecheckFinding::verdict).toList());
        LinkedHashSet<RecheckReason> reasons = new LinkedHashSet<>();
        findings.forEach(f -> reasons.add(f.reason()));
        return new VerdictOutcome(verdict, List.copyOf(reasons), reasons.contains(RecheckReason.ZOMBIE));
    }
}
