package org.fingertip.registry.recheck;

/**
 * The numbers of the periodic re-check (DOMAIN.md, "Periodic re-check" and "Durations"). The decision table reads the
 * thresholds as variables, so changing one here changes the verdicts without touching the table.
 *
 * @param zombieDaysApp             calendar days without an update after which an app counts as stale (365)
 * @param zombieDaysAccount         calendar days without a post after which a public account counts as stale (14,
 *                                  after the 2019 new-media indicator)
 * @param usageWindowMonths         the months of usage looked at, ending with the last full month (12)
 * @param minUsageMonths            months with usage data the window must hold before use is judged at all (6);
 *                                  with fewer, the re-check records INSUFFICIENT_USAGE_DATA and judges no use
 * @param nearZeroUsageRatio        average monthly active users per member of the intended audience below which use
 *                                  is near zero (0.01)
 * @param lowUsageRatio             that average below which use is low (0.05)
 * @param burdenThreshold           distinct observers reporting a burden from which the reports call for rectification
 *                                  (5)
 * @param appealWindowDays          calendar days a zombie's owner has to update the app or appeal before exit
 *                                  starts (90)
 * @param selfInspectionWorkingDays working days the owner has to answer the self-inspection (10)
 */
public record RecheckSettings(
        int zombieDaysApp,
        int zombieDaysAccount,
        int usageWindowMonths,
        int minUsageMonths,
        double nearZeroUsageRatio,
        double lowUsageRatio,
        int burdenThreshold,
        int appealWindowDays,
        int selfInspectionWorkingDays) {

    public RecheckSettings {
        if (zombieDaysApp < 1 || zombieDaysAccount < 1) {
            throw new IllegalArgumentException("zombie days must be at least 1");
        }
        if (usageWindowMonths < 1) {
            throw new IllegalArgumentException("usageWindowMonths must be at least 1: " + usageWindowMonths);
        }
        if (minUsageMonths < 1 || minUsageMonths > usageWindowMonths) {
            throw new IllegalArgumentException(
                    "minUsageMonths must be in [1, usageWindowMonths=" + usageWindowMonths + "]: " + minUsageMonths);
        }
        if (!(nearZeroUsageRatio > 0) || !(lowUsageRatio >= nearZeroUsageRatio)) {
            throw new IllegalArgumentException("usage ratios must satisfy 0 < nearZeroUsageRatio <= lowUsageRatio: "
                    + nearZeroUsageRatio + ", " + lowUsageRatio);
        }
        if (burdenThreshold < 1) {
            throw new IllegalArgumentException("burdenThreshold must be at least 1: " + burdenThreshold);
        }
        if (appealWindowDays < 1 || selfInspectionWorkingDays < 1) {
            throw new IllegalArgumentException("appeal window and self-inspection days must be at least 1");
        }
    }

    public static RecheckSettings defaults() {
        return new RecheckSettings(365, 14, 12, 6, 0.01, 0.05, 5, 90, 10);
    }
}
