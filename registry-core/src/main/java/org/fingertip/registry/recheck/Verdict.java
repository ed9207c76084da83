package org.fingertip.registry.recheck;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import org.fingertip.registry.shared.Labelled;

/**
 * What a re-check concludes for an app, from the least to the most severe: keep it, rectify it, integrate it into the
 * unified platform, or make it exit. Several findings yield several verdicts; the most severe one stands.
 */
public enum Verdict implements Labelled {
    KEEP("保留", 0),
    RECTIFY("限期整改", 1),
    INTEGRATE("整合并入平台", 2),
    EXIT("关停退出", 3);

    private final String label;
    private final int severity;

    Verdict(String label, int severity) {
        this.label = label;
        this.severity = severity;
    }

    @Override
    public String label() {
        return label;
    }

    /** Higher is more severe: EXIT > INTEGRATE > RECTIFY > KEEP. */
    public int severity() {
        return severity;
    }

    public boolean isMoreSevereThan(Verdict other) {
        return severity > other.severity;
    }

    /** The most severe of the verdicts; KEEP when there are none. */
    public static Verdict mostSevere(Collection<Verdict> verdicts) {
        return verdicts.stream()
                .map(v -> Objects.requireNonNull(v, "a verdict must not be null"))
                .max(Comparator.comparingInt(Verdict::severity))
                .orElse(KEEP);
    }
}
