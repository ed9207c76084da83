package org.fingertip.registry.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fingertip.registry.evaluation.AppLocks;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.evaluation.Evaluation;
import org.fingertip.registry.evaluation.EvaluationPage;
import org.fingertip.registry.evaluation.EvaluationQuery;
import org.fingertip.registry.evaluation.Evaluations;

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
