package org.fingertip.registry.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.fingertip.registry.change.ChangeFiling;
import org.fingertip.registry.change.ChangeFilings;
import org.fingertip.registry.change.ChangeReview;
import org.fingertip.registry.change.ChangeStep;
import org.fingertip.registry.shared.StateConflictException;

/**
 * Change filings in memory; like the database it keeps snapshots, refuses a save from a stale copy and refuses a
 * second open change of the same app (the database's unique key on the open app).
 */
public final class InMemoryChangeFilings implements ChangeFilings {
    private final Map<Long, ChangeFiling> rows = new TreeMap<>();
    private final Map<Long, List<ChangeStep>> steps = new LinkedHashMap<>();
    private final Map<Long, ChangeReview> reviews = new TreeMap<>();
    private long lastId;
    private long lastReviewId;

    @Override
    public synchronized ChangeFiling save(ChangeFiling change) {
        Long openApp = change.openAppId();
        if (openApp != null && rows.values().stream().anyMatch(c -> !c.id().equals(change.id())
                && openApp.equals(c.openAppId()))) {
            throw new StateConflictException("应用 " + openApp + " 已有一项未办结的变更", "CHANGE_UNDER_REVIEW");
        }
        long id;
        if (change.id() == null) {
            id = ++lastId;
        } else {
            id = change.id();
            ChangeFiling stored = rows.get(id);
            if (stored == null || stored.version() != change.version()) {
                throw new IllegalStateException("change " + id + " is stale or unknown");
            }
        }
        steps.computeIfAbsent(id, k -> new ArrayList<>()).addAll(change.newSteps());
        change.stepsSaved(id, change.version() + 1);
        rows.put(id, copy(change));
        return change;
    }

    @Override
    public synchronized Optional<ChangeFiling> byId(long id) {
        return Optional.ofNullable(rows.get(id)).map(InMemoryChangeFilings::copy);
    }

    @Override
    public synchronized Optional<ChangeFiling> openFor(long appId) {
        return rows.values().stream().filter(c -> c.appId() == appId && c.state().isOpen()).findFirst()
                .map(InMemoryChangeFilings::copy);
    }

    @Override
    public synchronized List<ChangeFiling> ofApp(long appId) {
        return rows.values().stream().filter(c -> c.appId() == appId)
                .sorted(Comparator.comparing(ChangeFiling::id).reversed()).map(InMemoryChangeFilings::copy).toList();
    }

    @Override
    public synchronized List<ChangeStep> steps(long changeId) {
        return List.copyOf(steps.getOrDefault(changeId, List.of()));
    }

    @Override
    public synchronized long addReview(ChangeReview review) {
        long id = ++lastReviewId;
        reviews.put(id, new ChangeReview(id, review.changeId(), review.step(), review.decision(), review.comment(),
                review.gaps(), review.reviewer(), review.at()));
        return id;
    }

    @Override
    public synchronized Optional<ChangeReview> reviewById(long id) {
        return Optional.ofNullable(reviews.get(id));
    }

    @Override
    public synchronized List<ChangeReview> reviews(long changeId) {
        return reviews.values().stream().filter(r -> r.changeId() == changeId).toList();
    }

    private static ChangeFiling copy(ChangeFiling c) {
        return ChangeFiling.restore(c.id(), c.appId(), c.appName(), c.filingNumber(), c.owner(), c.previousForm(),
                c.proposedOwner(), c.proposedForm(), c.effectiveDate(), c.explanation(), c.changedSections(),
                c.findings(), c.gaps(), c.state(), c.stateSince(), c.filedBy(), c.filedAt(), c.submittedBy(),
                c.submittedAt(), c.decidedBy(), c.decidedAt(), c.version());
    }
}
