package org.fingertip.registry.exit;

/**
 * The numbers of clearance and exit (DOMAIN.md, "Durations").
 *
 * @param noticeDays                 calendar days the public notice runs before the offline date, at least (30)
 * @param deregistrationWorkingDays  working days the owner has after going offline to file the deregistration (10)
 */
public record ExitSettings(int noticeDays, int deregistrationWorkingDays) {

    public ExitSettings {
        if (noticeDays < 1 || deregistrationWorkingDays < 1) {
            throw new IllegalArgumentException("exit settings must be at least 1: " + noticeDays + ", "
                    + deregistrationWorkingDays);
        }
    }

    public static ExitSettings defaults() {
        return new ExitSettings(30, 10);
    }
}
