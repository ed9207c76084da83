package org.fingertip.registry.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppPage;
import org.fingertip.registry.app.AppQuery;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.AppSummary;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.app.PublicFiling;
import org.fingertip.registry.app.StatusChange;
import org.fingertip.registry.department.Unit;

/**
 * The registry of apps in memory. Like the database adapter it keeps a snapshot per app and hands out fresh copies,
 * so that an object changed but never saved leaves the stored state alone, and a save from a stale copy (someone
 * else saved first) is refused with {@link IllegalStateException}.
 */
public final class InMemoryApps implements Apps {
    private final Map<Long, App> rows = new TreeMap<>();
    private final Map<Long, List<StatusChange>> histories = new LinkedHashMap<>();
    private long lastId;

    @Override
    public synchronized Optional<App> byId(long id) {
        return Optional.ofNullable(rows.get(id)).map(InMemoryApps::copy);
    }

    @Override
    public synchronized Optional<App> byFilingNumber(String filingNumber) {
        return rows.values().stream()
                .filter(app -> filingNumber != null && filingNumber.strip().equals(app.filingNumber()))
                .findFirst()
                .map(InMemoryApps::copy);
    }

    @Override
    public synchronized App save(App app) {
        long id;
        if (app.id() == null) {
            if (app.version() != 0) {
                throw new IllegalStateException("a new app starts at version 0, not " + app.version());
            }
            id = ++lastId;
        } else {
            id = app.id();
            App stored = rows.get(id);
            if (stored == null) {
                throw new IllegalStateException("no app " + id + " to update");
            }
            if (stored.version() != app.version()) {
                throw new IllegalStateException("app " + id + " was saved by someone else: stored version "
                        + stored.version() + ", this copy has version " + app.version());
            }
        }
        histories.computeIfAbsent(id, k -> new ArrayList<>()).addAll(app.newChanges());
        app.changesSaved(id, app.version() + 1);
        rows.put(id, copy(app));
        return app;
    }

    @Override
    public synchronized List<StatusChange> history(long appId) {
        return List.copyOf(histories.getOrDefault(appId, List.of()));
    }

    @Override
    public synchronized AppPage search(AppQuery query) {
        List<AppSummary> matching = rows.values().stream()
                .filter(app -> matches(app, query))
                .sorted(Comparator.comparing(App::id))
                .map(InMemoryApps::summary)
                .toList();
        int size = query.size() <= 0 ? Math.max(matching.size(), 1) : query.size();
        int from = Math.min(Math.max(query.page(), 0) * size, matching.size());
        int to = Math.min(from + size, matching.size());
        return new AppPage(matching.subList(from, to), matching.size(), query.page(), query.size());
    }

    @Override
    public synchronized Map<AppStatus, Long> countByStatus(AppQuery query) {
        AppQuery anyStatus = new AppQuery(query.scopePath(), query.ownerUnitCode(), null, query.kind(), query.level(),
                query.departmentCode(), query.keyword(), 0, 1, query.includeDrafts(), query.pending(),
                query.submittedFrom(), query.submittedBefore(), query.clearance());
        Map<AppStatus, Long> counts = new EnumMap<>(AppStatus.class);
        rows.values().stream().filter(app -> matches(app, anyStatus))
                .forEach(app -> counts.merge(app.status(), 1L, Long::sum));
        return counts;
    }

    /** Numbered apps matching every criterion given (exact number, part of the name), by id. */
    @Override
    public synchronized List<PublicFiling> publicFilings(String number, String namePart, int limit) {
        return rows.values().stream()
                .filter(app -> app.filingNumber() != null)
                .filter(app -> number == null || number.isBlank() || app.filingNumber().equals(number.trim()))
                .filter(app -> namePart == null || namePart.isBlank()
                        || (app.form().name() != null && app.form().name().contains(namePart.trim())))
                .limit(Math.max(limit, 0))
                .map(InMemoryApps::publicFiling)
                .toList();
    }

    /** Every stored app (fresh copies), by id. */
    public synchronized List<App> all() {
        return rows.values().stream().map(InMemoryApps::copy).toList();
    }

    private static boolean matches(App app, AppQuery q) {
        Unit owner = app.owner();
        if (q.scopePath() != null && !owner.division().path().startsWith(q.scopePath())) {
            return false;
        }
        if (q.ownerUnitCode() != null && !owner.code().equals(q.ownerUnitCode())) {
            return false;
        }
        if (q.status() != null && app.status() != q.status()) {
            return false;
        }
        if (!q.includeDrafts() && app.status() == AppStatus.DRAFT) {
            return false;
        }
        if (q.clearance() != null || q.pending() == org.fingertip.registry.app.Pending.CHANGE) {
            // re-checks, exits and change filings are other ports' records: the database adapter joins them
            throw new UnsupportedOperationException("clearance and pending changes are listed by the database adapter");
        }
        if (q.pending() == org.fingertip.registry.app.Pending.FILING && (app.status() != AppStatus.UNDER_REVIEW
                || q.submittedFrom() != null && app.statusSince().isBefore(q.submittedFrom())
                || q.submittedBefore() != null && !app.statusSince().isBefore(q.submittedBefore()))) {
            return false;
        }
        if (q.kind() != null && app.form().kind() != q.kind()) {
            return false;
        }
        if (q.level() != null && owner.level() != q.level()) {
            return false;
        }
        if (q.departmentCode() != null && !q.departmentCode().isBlank()) {
            boolean unit = owner.code().equals(q.departmentCode());
            boolean division = owner.division().path().contains("/" + q.departmentCode() + "/");
            if (!unit && !division) {
                return false;
            }
        }
        if (q.keyword() != null && !q.keyword().isBlank()) {
            String k = q.keyword().trim();
            boolean inName = app.form().name() != null && app.form().name().contains(k);
            boolean inNumber = app.filingNumber() != null && app.filingNumber().contains(k);
            if (!inName && !inNumber) {
                return false;
            }
        }
        return true;
    }

    private static AppSummary summary(App app) {
        return new AppSummary(app.id(), app.displayName(), app.form().kind(), app.form().audience(), app.status(),
                app.filingNumber(), app.owner().code(), app.owner().name(), app.owner().level(), app.statusSince());
    }

    private static PublicFiling publicFiling(App app) {
        PublicFiling.FilingStatus standing = PublicFiling.FilingStatus.of(app.status());
        return new PublicFiling(app.filingNumber(), app.displayName(), app.form().kind(), app.owner().name(), standing,
                standing == PublicFiling.FilingStatus.VALID ? app.filedAt() : app.statusSince());
    }

    private static App copy(App a) {
        return App.restore(a.id(), a.form(), a.owner(), a.status(), a.statusSince(), a.filingNumber(), a.filedAt(),
                a.findings(), a.gaps(), a.createdBy(), a.createdAt(), a.submittedBy(), a.previousAppId(), a.version());
    }
}
