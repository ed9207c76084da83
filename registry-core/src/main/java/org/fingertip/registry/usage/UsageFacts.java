package org.fingertip.registry.usage;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Port: the monthly usage facts of every app, one entry per app and month. */
public interface UsageFacts {

    /**
     * Stores the month unless the same figures are already stored for that app and month: a new month is added,
     * different figures replace the stored ones (with the new who and when), the same figures change nothing.
     *
     * @return true when something was written
     */
    boolean upsert(UsageMonth month);

    Optional<UsageMonth> month(long appId, YearMonth month);

    /** The app's newest {@code months} entries, newest first. */
    List<UsageMonth> history(long appId, int months);

    /** The app's newest entry. */
    Optional<UsageMonth> latest(long appId);
}
