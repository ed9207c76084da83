package org.fingertip.registry.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.fingertip.registry.app.App;
import org.fingertip.registry.exit.Exit;
import org.fingertip.registry.exit.ExitFigures;
import org.fingertip.registry.exit.ExitPage;
import org.fingertip.registry.exit.ExitState;
import org.fingertip.registry.exit.ExitStep;
import org.fingertip.registry.exit.Exits;

/** The exits in memory; like the database it keeps snapshots and refuses a save from a stale copy. */
public final class InMemoryExits implements Exits {
    private final InMemoryApps apps;
    private final InMemoryRechecks rechecks;
    private final Map<Long, Exit> rows = new TreeMap<>();
    private final Map<Long, List<ExitStep>> steps = new LinkedHashMap<>();
    private long lastId;

    public InMemoryExits(InMemoryApps apps, InMemoryRechecks rechecks) {
        this.apps = apps;
        this.rechecks = rechecks;
    }

    @Override
    public synchronized Exit save(Exit e) {
        long id;
        if (e.id() == null) {
            id = ++lastId;
        } else {
            id = e.id();
            Exit stored = rows.get(id);
            if (stored == null || stored.version() != e.version()) {
                throw new IllegalStateException("exit " + id + " is stale or unknown");
            }
        }
        steps.computeIfAbsent(id, k -> new ArrayList<>()).addAll(e.newSteps());
        e.stepsSaved(id, e.version() + 1);
        rows.put(id, copy(e));
        return e;
    }

    @Override
    public synchronized Optional<Exit> byId(long id) {
        return Optional.ofNullable(rows.get(id)).map(InMemoryExits::copy);
    }

    @Override
    public synchronized Optional<Exit> openFor(long appId) {
        return rows.values().stream().filter(e -> e.appId() == appId && !e.state().isFinal()).findFirst()
                .map(InMemoryExits::copy);
    }

    @Override
    public synchronized Optional<Exit> latestFor(long appId) {
        return rows.values().stream().filter(e -> e.appId() == appId).max(Comparator.comparing(Exit::id))
                .map(InMemoryExits::copy);
    }

    @Override
    public synchronized List<ExitStep> steps(long exitId) {
        return List.copyOf(steps.getOrDefault(exitId, List.of()));
    }

    @Override
    public synchronized ExitPage search(String scopePath, ExitState state, String departmentCode, LocalDate overdueOn,
                                        boolean openOnly, int page, int size) {
        List<ExitPage.Row> all = rows.values().stream()
                .filter(e -> e.owner().division().path().startsWith(scopePath))
                .filter(e -> state == null || e.state() == state)
                .filter(e -> departmentCode == null || e.owner().code().equals(departmentCode)
                        || e.owner().division().path().contains("/" + departmentCode + "/"))
                .filter(e -> overdueOn == null || e.isOverdue(overdueOn))
                .filter(e -> !openOnly || !e.state().isFinal())
                .sorted(Comparator.comparing(Exit::id).reversed())
                .map(this::row).toList();
        return new ExitPage(all.stream().skip((long) page * size).limit(size).toList(), all.size(), page, size);
    }

    @Override
    public synchronized ExitPage published(String namePart, int page, int size) {
        List<ExitPage.Row> all = rows.values().stream()
                .filter(e -> e.state().isPublished())
                .filter(e -> namePart == null || e.appName().contains(namePart))
                .sorted(Comparator.comparing(Exit::noticePublishedAt).reversed())
                .map(this::row).toList();
        return new ExitPage(all.stream().skip((long) page * size).limit(size).toList(), all.size(), page, size);
    }

    @Override
    public synchronized ExitFigures figures(String scopePath) {
        Set<Long> examined = new HashSet<>();
        for (App app : apps.all()) {
            if (!app.owner().division().path().startsWith(scopePath)) {
                continue;
            }
            boolean rechecked = rechecks != null && rechecks.concludedFor(app.id());
            boolean exit = rows.values().stream().anyMatch(e -> e.appId() == app.id());
            if (rechecked || exit) {
                examined.add(app.id());
            }
        }
        long integrated = 0;
        long closed = 0;
        long exiting = 0;
        for (long appId : examined) {
            Optional<Exit> latest = latestFor(appId);
            if (latest.isEmpty()) {
                continue;
            }
            Exit e = latest.get();
            if (e.state() == ExitState.EXITED) {
                if (e.plan() != null && e.plan().toPlatform()) {
                    integrated++;
                } else {
                    closed++;
                }
            } else {
                exiting++;
            }
        }
        return new ExitFigures(examined.size(), integrated, closed, examined.size() - integrated - closed - exiting,
                exiting);
    }

    private ExitPage.Row row(Exit e) {
        String number = apps.byId(e.appId()).map(App::filingNumber).orElse(null);
        return new ExitPage.Row(e.id(), e.appId(), e.appName(), number, e.owner().code(), e.owner().name(),
                e.trigger(), e.state(), e.plan() == null ? null : e.plan().reason(),
                e.plan() != null && e.plan().toPlatform(), e.plan() == null ? null : e.plan().replacement(),
                e.plan() == null ? null : e.plan().userNotice(), e.offlineDate(), e.effectiveDeadline(),
                e.deadlineMissed(), e.noticePublishedAt(), e.exitedAt(), e.startedAt());
    }

    private static Exit copy(Exit e) {
        return Exit.restore(e.id(), e.started(), e.state(), e.details(), e.version());
    }
}
