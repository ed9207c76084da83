package org.fingertip.registry.testing;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.fingertip.registry.usage.UsageFacts;
import org.fingertip.registry.usage.UsageMonth;

/** The monthly usage facts in memory, one entry per app and month, written only when the figures change. */
public final class InMemoryUsageFacts implements UsageFacts {
    private final Map<String, UsageMonth> rows = new TreeMap<>();
    private int writes;

    @Override
    public synchronized boolean upsert(UsageMonth month) {
        String key = key(month.appId(), month.month());
        UsageMonth stored = rows.get(key);
        if (stored != null && stored.figures().equals(month.figures())) {
            return false;
        }
        rows.put(key, month);
        writes++;
        return true;
    }

    @Override
    public synchronized Optional<UsageMonth> month(long appId, YearMonth month) {
        return Optional.ofNullable(rows.get(key(appId, month)));
    }

    @Override
    public synchronized List<UsageMonth> history(long appId, int months) {
        return rows.values().stream()
                .filter(m -> m.appId() == appId)
                .sorted(Comparator.comparing(UsageMonth::month).reversed())
                .limit(Math.max(months, 0))
                .toList();
    }

    @Override
    public synchronized Optional<UsageMonth> latest(long appId) {
        return history(appId, 1).stream().findFirst();
    }

    /** How many times a month was written (inserted or replaced). */
    public synchronized int writes() {
        return writes;
    }

    private static String key(long appId, YearMonth month) {
        return appId + "/" + month;
    }
}
