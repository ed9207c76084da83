package org.fingertip.registry.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The sweep's record that an app passed its filing deadline unfiled: the ledger item it opened and the notice that
 * proposed the app's directed exit to the supervisors. One per app, ever: a second sweep finds it and does nothing.
 *
 * @param recipient the group the proposal went to, e.g. {@code supervisor:420100}
 */
public record OverdueRecord(long appId, LocalDate deadline, long ledgerItemId, long noticeId, String recipient,
                            Instant recordedAt) {

    public OverdueRecord {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
