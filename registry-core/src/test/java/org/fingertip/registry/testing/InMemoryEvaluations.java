package org.fingertip.registry.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fingertip.registry.app.AppPage;
import org.fingertip.registry.evaluation.AppLocks;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.evaluation.Evaluation;
import org.fingertip.registry.evaluation.EvaluationPage;
import org.fingertip.registry.evaluation.EvaluationQuery;
import org.fingertip.registry.evaluation.Evaluations;
import org.fingertip.registry.evaluation.OwnReport;
import org.fingertip.registry.evaluation.OwnReportPage;
import org.fingertip.registry.evaluation.RateableQuery;

/** Evaluations in memory; the "lock" is a no-op (tests run one report at a time) but counts its calls. */
public final class InMemoryEvaluations implements Evaluations, AppLocks {
    private final List<Evaluation> rows = new ArrayList<>();
    private int locks;

    @Override
    public synchronized long add(Evaluation e) {
        long id = rows.size() + 1L;
        rows.add(new Evaluation(id, e.appId(), e.reporter(), e.reporterUnitCode(), e.rating(), e.burdens(),
                e.comment(), e.anonymous(), e.at()));
        return id;
    }

    @Override
    public synchronized List<Evaluation> ofApp(long appId, int limit) {
        return rows.stream().filter(e -> e.appId() == appId)
                .sorted(Comparator.comparing(Evaluation::at).thenComparing(Evaluation::id).reversed())
                .limit(limit).toList();
    }

    /** The jurisdiction's list needs the apps' owners, which only the database joins; see MyBatisEvaluationsIT. */
    @Override
    public EvaluationPage search(EvaluationQuery query) {
        throw new UnsupportedOperationException("the evaluations of a jurisdiction are listed by the database adapter");
    }

    /** Own reports without their ledger follow-up (the ledger is another port; the database adapter joins it). */
    @Override
    public synchronized OwnReportPage reportsBy(String reporter, int page, int size) {
        List<OwnReport> mine = rows.stream().filter(e -> e.reporter().equals(reporter))
                .sorted(Comparator.comparing(Evaluation::at).thenComparing(Evaluation::id).reversed())
                .map(InMemoryEvaluations::report).toList();
        int from = Math.min(page * size, mine.size());
        return new OwnReportPage(mine.subList(from, Math.min(from + size, mine.size())), mine.size(), page, size);
    }

    @Override
    public synchronized Optional<OwnReport> reportBy(String reporter, long evaluationId) {
        return rows.stream().filter(e -> e.id() == evaluationId && e.reporter().equals(reporter)).findFirst()
                .map(InMemoryEvaluations::report);
    }

    /** Which apps may be rated is SQL over the apps' owners and audiences; MyBatisEvaluationsIT checks it. */
    @Override
    public AppPage rateable(RateableQuery query) {
        throw new UnsupportedOperationException("the apps one may rate are listed by the database adapter");
    }

    private static OwnReport report(Evaluation e) {
        return new OwnReport(e.id(), e.appId(), null, e.rating(), e.burdens(), e.comment(), e.anonymous(), e.at(),
                null);
    }

    @Override
    public synchronized int distinctBurdenReporters(long appId, Instant since) {
        Set<String> reporters = new HashSet<>();
        for (Evaluation e : rows) {
            if (e.appId() == appId && !e.at().isBefore(since) && !e.burdens().isEmpty()) {
                reporters.add(e.reporter());
            }
        }
        return reporters.size();
    }

    @Override
    public synchronized Map<BurdenCategory, Integer> burdenReporters(long appId, Instant since) {
        Map<BurdenCategory, Set<String>> sets = new EnumMap<>(BurdenCategory.class);
        for (Evaluation e : rows) {
            if (e.appId() == appId && !e.at().isBefore(since)) {
                e.burdens().forEach(b -> sets.computeIfAbsent(b, k -> new HashSet<>()).add(e.reporter()));
            }
        }
        Map<BurdenCategory, Integer> counts = new EnumMap<>(BurdenCategory.class);
        sets.forEach((k, v) -> counts.put(k, v.size()));
        return counts;
    }

    @Override
    public synchronized Summary summary(long appId) {
        List<Evaluation> of = rows.stream().filter(e -> e.appId() == appId).toList();
        return new Summary(of.stream().mapToInt(Evaluation::rating).average().orElse(0), of.size());
    }

    @Override
    public synchronized void lock(long appId) {
        locks++;
    }

    public synchronized int locksTaken() {
        return locks;
    }
}
