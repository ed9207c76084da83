package org.fingertip.registry.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.inventory.BacklogPage;
import org.fingertip.registry.inventory.BacklogQuery;
import org.fingertip.registry.inventory.ImportLog;
import org.fingertip.registry.inventory.Inventory;
import org.fingertip.registry.inventory.InventoryEntry;
import org.fingertip.registry.inventory.InventoryKey;
import org.fingertip.registry.inventory.OverdueRecord;
import org.fingertip.registry.shared.StateConflictException;

/**
 * The inventory in memory, over the in-memory registry of apps (the backlog and the sweep read the apps' status).
 * Like the database it keeps one entry per key and per app, and one overdue record per app; the unit "locks" are
 * only counted (tests run one import at a time).
 */
public final class InMemoryInventory implements Inventory {
    private final InMemoryApps apps;
    private final Map<Long, InventoryEntry> entries = new TreeMap<>();
    private final Map<Long, ImportLog> imports = new TreeMap<>();
    private final Map<Long, OverdueRecord> overdue = new LinkedHashMap<>();
    private final List<List<String>> lockCalls = new ArrayList<>();
    private long lastEntryId;
    private long lastImportId;

    public InMemoryInventory(InMemoryApps apps) {
        this.apps = apps;
    }

    @Override
    public synchronized void lockUnits(List<String> unitCodes) {
        lockCalls.add(List.copyOf(unitCodes));
    }

    @Override
    public synchronized Optional<InventoryEntry> byKey(InventoryKey key) {
        return entries.values().stream().filter(e -> e.key().equals(key)).findFirst();
    }

    @Override
    public synchronized Optional<InventoryEntry> byApp(long appId) {
        return entries.values().stream().filter(e -> e.appId() == appId).findFirst();
    }

    @Override
    public synchronized InventoryEntry save(InventoryEntry entry) {
        for (InventoryEntry other : entries.values()) {
            boolean same = entry.id() != null && entry.id().equals(other.id());
            if (!same && (other.key().equals(entry.key()) || other.appId() == entry.appId())) {
                throw new StateConflictException("存量清单中已有 " + entry.key() + "（应用 " + other.appId() + "）", "DUPLICATE");
            }
        }
        InventoryEntry stored = entry.id() == null ? entry.withId(++lastEntryId) : entry;
        entries.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized long begin(ImportLog log) {
        long id = ++lastImportId;
        imports.put(id, new ImportLog(id, log.fileName(), log.importedBy(), log.importedAt(), log.rows(), 0, 0, 0,
                List.of()));
        return id;
    }

    @Override
    public synchronized void finish(ImportLog log) {
        imports.put(log.id(), log);
    }

    @Override
    public synchronized Optional<ImportLog> importLog(long id) {
        return Optional.ofNullable(imports.get(id));
    }

    @Override
    public synchronized BacklogPage backlog(BacklogQuery q) {
        List<BacklogPage.Row> rows = apps.all().stream()
                .filter(a -> a.status() == AppStatus.LIVE_UNFILED)
                .filter(a -> a.owner().division().path().startsWith(q.scopePath()))
                .filter(a -> q.departmentCode() == null || a.owner().code().equals(q.departmentCode())
                        || a.owner().division().path().contains("/" + q.departmentCode() + "/"))
                .map(a -> row(a, q.defaultDeadline()))
                .filter(r -> q.deadlineFrom() == null || !r.deadline().isBefore(q.deadlineFrom()))
                .filter(r -> q.deadlineTo() == null || !r.deadline().isAfter(q.deadlineTo()))
                .sorted(Comparator.comparing(BacklogPage.Row::deadline).thenComparing(BacklogPage.Row::appId))
                .toList();
        long late = rows.stream().filter(r -> r.isOverdue(q.today())).count();
        List<BacklogPage.Row> page = rows.stream().skip(q.offset()).limit(q.size()).toList();
        return new BacklogPage(page, rows.size(), late, q.today(), q.page(), q.size());
    }

    @Override
    public synchronized List<Long> overdueWithoutRecord(LocalDate day, LocalDate defaultDeadline, int limit) {
        return apps.all().stream()
                .filter(a -> a.status() == AppStatus.LIVE_UNFILED && !overdue.containsKey(a.id()))
                .map(a -> row(a, defaultDeadline))
                .filter(r -> r.deadline().isBefore(day))
                .sorted(Comparator.comparing(BacklogPage.Row::deadline).thenComparing(BacklogPage.Row::appId))
                .limit(limit)
                .map(BacklogPage.Row::appId)
                .toList();
    }

    @Override
    public synchronized Optional<OverdueRecord> overdueRecord(long appId) {
        return Optional.ofNullable(overdue.get(appId));
    }

    @Override
    public synchronized boolean record(OverdueRecord record) {
        return overdue.putIfAbsent(record.appId(), record) == null;
    }

    /** Every entry, by id (for assertions). */
    public synchronized List<InventoryEntry> entries() {
        return List.copyOf(entries.values());
    }

    /** Every overdue record, in the order made. */
    public synchronized List<OverdueRecord> overdueRecords() {
        return List.copyOf(overdue.values());
    }

    /** The units locked by each import, in call order. */
    public synchronized List<List<String>> lockCalls() {
        return List.copyOf(lockCalls);
    }

    private BacklogPage.Row row(App a, LocalDate defaultDeadline) {
        Optional<InventoryEntry> entry = byApp(a.id());
        LocalDate deadline = entry.map(InventoryEntry::filingDeadline).orElse(defaultDeadline);
        OverdueRecord record = overdue.get(a.id());
        return new BacklogPage.Row(a.id(), a.displayName(), a.form().kind(), a.status(), a.owner().code(),
                a.owner().name(), entry.map(InventoryEntry::launchDate).orElse(null),
                deadline == null ? defaultDeadline : deadline, record == null ? null : record.recordedAt(),
                record == null ? null : record.ledgerItemId());
    }
}
