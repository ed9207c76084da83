package org.fingertip.registry.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.fingertip.registry.recheck.Recheck;
import org.fingertip.registry.recheck.RecheckStep;
import org.fingertip.registry.recheck.Rechecks;

/** The re-checks in memory; like the database it keeps snapshots and refuses a save from a stale copy. */
public final class InMemoryRechecks implements Rechecks {
    private final Map<Long, Recheck> rows = new TreeMap<>();
    private final Map<Long, List<RecheckStep>> steps = new LinkedHashMap<>();
    private long lastId;

    @Override
    public synchronized Recheck save(Recheck r) {
        long id;
        if (r.id() == null) {
            id = ++lastId;
        } else {
            id = r.id();
            Recheck stored = rows.get(id);
            if (stored == null || stored.version() != r.version()) {
                throw new IllegalStateException("recheck " + id + " is stale or unknown");
            }
        }
        steps.computeIfAbsent(id, k -> new ArrayList<>()).addAll(r.newSteps());
        r.stepsSaved(id, r.version() + 1);
        rows.put(id, copy(r));
        return r;
    }

    @Override
    public synchronized Optional<Recheck> byId(long id) {
        return Optional.ofNullable(rows.get(id)).map(InMemoryRechecks::copy);
    }

    @Override
    public synchronized List<RecheckStep> steps(long recheckId) {
        return List.copyOf(steps.getOrDefault(recheckId, List.of()));
    }

    @Override
    public synchronized Optional<Recheck> openFor(long appId) {
        return rows.values().stream().filter(r -> r.appId() == appId && !r.state().isFinal()).findFirst()
                .map(InMemoryRechecks::copy);
    }

    /** Whether a re-check of the app has concluded. */
    public synchronized boolean concludedFor(long appId) {
        return rows.values().stream().anyMatch(r -> r.appId() == appId && r.concludedAt() != null);
    }

    private static Recheck copy(Recheck r) {
        return Recheck.restore(r.id(), r.appId(), r.appName(), r.owner(), r.trigger(), r.state(), r.proposal(),
                r.statement(), r.answeredBy(), r.answeredAt(), r.selfInspectionLate(), r.computed(), r.confirmed(),
                r.confirmedBy(), r.overrideReason(), r.windowEnds(), r.appeal(), r.outcome(), r.startedBy(),
                r.startedAt(), r.concludedAt(), r.version());
    }
}
