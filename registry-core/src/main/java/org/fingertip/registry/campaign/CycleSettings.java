package org.fingertip.registry.campaign;

/**
 * The periodic re-check's numbers (DOMAIN.md, "Durations").
 *
 * @param cycleMonths months between an app's re-checks (6)
 * @param spreadDays  the due dates are spread over this many days by app id, so that apps filed on the same day
 *                    (or an inventory loaded at once) never fall due in the same minute (30)
 * @param batchSize   the most re-checks one run of the cycle starts; the rest wait for the next run (200)
 */
public record CycleSettings(int cycleMonths, int spreadDays, int batchSize) {

    public CycleSettings {
        if (cycleMonths < 1 || spreadDays < 1 || batchSize < 1) {
            throw new IllegalArgumentException("cycle settings must be at least 1: " + cycleMonths + ", "
                    + spreadDays + ", " + batchSize);
        }
    }

    public static CycleSettings defaults() {
        return new CycleSettings(6, 30, 200);
    }
}
