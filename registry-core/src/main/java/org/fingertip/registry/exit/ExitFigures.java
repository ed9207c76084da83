package org.fingertip.registry.exit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures a supervisor quotes ("examined 160, cut 32, 20%") for a jurisdiction.
 *
 * @param examined   apps examined: a re-check of theirs concluded, or an exit of theirs started (each app once)
 * @param integrated examined apps that exited onto the unified platform
 * @param closed     examined apps that exited otherwise (shut down and deregistered)
 * @param kept       examined apps neither exited nor exiting: {@code examined - integrated - closed - exiting}
 * @param exiting    examined apps whose exit is under way
 */
public record ExitFigures(long examined, long integrated, long closed, long kept, long exiting) {

    /** Apps cut: integrated or closed. */
    public long cut() {
        return integrated + closed;
    }

    /** Cut over examined, in percent with one decimal; 0 when nothing was examined. */
    public BigDecimal reductionRate() {
        if (examined == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(cut() * 100).divide(BigDecimal.valueOf(examined), 1, RoundingMode.HALF_UP);
    }
}
