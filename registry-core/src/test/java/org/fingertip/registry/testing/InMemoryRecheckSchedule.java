package org.fingertip.registry.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.fingertip.registry.campaign.RecheckSchedule;

/** The periodic re-check's due dates in memory, over the in-memory apps. */
public final class InMemoryRecheckSchedule implements RecheckSchedule {
    private final InMemoryApps apps;
    private final Map<Long, Instant> due = new TreeMap<>();

    public InMemoryRecheckSchedule(InMemoryApps apps) {
        this.apps = apps;
    }

    @Override
    public synchronized List<Unscheduled> unscheduled(int limit) {
        return apps.all().stream()
                .filter(a -> a.status().isRecheckable())
                .filter(a -> !due.containsKey(a.id()))
                .limit(limit)
                .map(a -> new Unscheduled(a.id(), a.statusSince()))
                .toList();
    }

    @Override
    public synchronized void schedule(long appId, Instant at) {
        due.put(appId, at);
    }

    @Override
    public synchronized List<Long> dueBy(Instant now, int limit) {
        return due.entrySet().stream().filter(e -> !e.getValue().isAfter(now))
                .sorted(Map.Entry.<Long, Instant>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    @Override
    public synchronized void remove(long appId) {
        due.remove(appId);
    }

    @Override
    public synchronized Optional<Instant> dueOf(long appId) {
        return Optional.ofNullable(due.get(appId));
    }
}
