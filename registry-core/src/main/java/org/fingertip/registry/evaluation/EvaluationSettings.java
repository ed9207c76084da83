package org.fingertip.registry.evaluation;

/**
 * When burden reports call for action: {@code threshold} distinct reporters within {@code windowDays} (default 5 in
 * 30 days) open one ledger item and start one re-check.
 */
public record EvaluationSettings(int threshold, int windowDays) {

    public EvaluationSettings {
        if (threshold < 1 || windowDays < 1) {
            throw new IllegalArgumentException("threshold and window must be at least 1");
        }
    }

    public static EvaluationSettings defaults() {
        return new EvaluationSettings(5, 30);
    }
}
