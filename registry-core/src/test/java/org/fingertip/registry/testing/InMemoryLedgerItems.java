package org.fingertip.registry.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.fingertip.registry.ledger.LedgerItem;
import org.fingertip.registry.ledger.LedgerItems;
import org.fingertip.registry.ledger.LedgerPage;
import org.fingertip.registry.ledger.LedgerQuery;
import org.fingertip.registry.ledger.LedgerSource;
import org.fingertip.registry.ledger.LedgerStep;

/** The ledger in memory; like the database it keeps snapshots and refuses a save from a stale copy. */
public final class InMemoryLedgerItems implements LedgerItems {
    private final Map<Long, LedgerItem> rows = new TreeMap<>();
    private final Map<Long, List<LedgerStep>> steps = new LinkedHashMap<>();
    private long lastId;

    @Override
    public synchronized Optional<LedgerItem> byId(long id) {
        return Optional.ofNullable(rows.get(id)).map(InMemoryLedgerItems::copy);
    }

    @Override
    public synchronized LedgerItem save(LedgerItem item) {
        long id;
        if (item.id() == null) {
            id = ++lastId;
        } else {
            id = item.id();
            LedgerItem stored = rows.get(id);
            if (stored == null || stored.version() != item.version()) {
                throw new IllegalStateException("ledger item " + id + " is stale or unknown");
            }
        }
        steps.computeIfAbsent(id, k -> new ArrayList<>()).addAll(item.newSteps());
        item.stepsSaved(id, item.version() + 1);
        rows.put(id, copy(item));
        return item;
    }

    @Override
    public synchronized List<LedgerStep> steps(long itemId) {
        return List.copyOf(steps.getOrDefault(itemId, List.of()));
    }

    @Override
    public synchronized LedgerPage search(LedgerQuery q) {
        List<LedgerPage.Row> matching = rows.values().stream()
                .filter(i -> q.scopePath() == null || i.owner().division().path().startsWith(q.scopePath()))
                .filter(i -> q.ownerUnitCode() == null || i.owner().code().equals(q.ownerUnitCode()))
                .filter(i -> q.state() == null || i.state() == q.state())
                .filter(i -> q.category() == null || i.category() == q.category())
                .filter(i -> q.appId() == null || i.appId() == q.appId())
                .filter(i -> q.overdueAt() == null || i.isOverdue(q.overdueAt()))
                .filter(i -> !q.openOnly() || !i.state().isFinal())
                .filter(i -> q.departmentCode() == null || i.owner().code().equals(q.departmentCode())
                        || i.owner().division().path().contains("/" + q.departmentCode() + "/"))
                .sorted(Comparator.comparing(LedgerItem::deadline).thenComparing(LedgerItem::id))
                .map(i -> new LedgerPage.Row(i.id(), i.appId(), i.appName(), i.owner().code(), i.owner().name(),
                        i.category(), i.finding(), i.source(), i.state(), i.deadline(), i.extended(), i.openedAt(),
                        i.stateSince()))
                .toList();
        int from = Math.min(q.page() * q.size(), matching.size());
        int to = Math.min(from + q.size(), matching.size());
        return new LedgerPage(matching.subList(from, to), matching.size(), q.page(), q.size());
    }

    @Override
    public synchronized boolean hasUnfinished(long appId, LedgerSource source) {
        return rows.values().stream().anyMatch(i -> i.appId() == appId && i.source() == source && !i.state().isFinal());
    }

    private static LedgerItem copy(LedgerItem i) {
        return LedgerItem.restore(i.id(), i.appId(), i.appName(), i.owner(), i.category(), i.finding(), i.source(),
                i.sourceRef(), i.state(), i.stateSince(), i.deadline(), i.extended(), i.escalatedAt(), i.evidence(),
                i.reportedBy(), i.openedBy(), i.openedAt(), i.version());
    }
}
