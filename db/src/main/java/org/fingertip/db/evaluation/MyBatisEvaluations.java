package org.fingertip.db.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fingertip.db.app.RateableApps;
import org.fingertip.db.dashboard.CountRow;
import org.fingertip.db.department.DepartmentFilter;
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
import org.fingertip.registry.ledger.LedgerState;
import org.springframework.stereotype.Repository;

/** Evaluations on MyBatis; the app row lock ({@code SELECT … FOR UPDATE}) serialises reports about one app. */
@Repository
public class MyBatisEvaluations implements Evaluations, AppLocks {
    private final EvaluationMapper mapper;
    private final RateableApps rateableApps;

    public MyBatisEvaluations(EvaluationMapper mapper, RateableApps rateableApps) {
        this.mapper = mapper;
        this.rateableApps = rateableApps;
    }

    @Override
    public long add(Evaluation e) {
        EvaluationRow row = new EvaluationRow();
        row.appId = e.appId();
        row.reporter = e.reporter();
        row.reporterUnitCode = e.reporterUnitCode();
        row.rating = e.rating();
        row.comment = e.comment();
        row.anonymous = e.anonymous();
        row.at = e.at();
        mapper.insert(row);
        for (BurdenCategory category : e.burdens()) {
            mapper.insertBurden(row.id, e.appId(), e.reporter(), category.name(), e.at());
        }
        return row.id;
    }

    @Override
    public List<Evaluation> ofApp(long appId, int limit) {
        Map<Long, List<EvaluationRow>> byId = new LinkedHashMap<>();
        for (EvaluationRow row : mapper.ofApp(appId, limit)) {
            byId.computeIfAbsent(row.id, k -> new ArrayList<>()).add(row);
        }
        List<Evaluation> list = new ArrayList<>();
        for (List<EvaluationRow> rows : byId.values()) {
            EvaluationRow first = rows.get(0);
            Set<BurdenCategory> burdens = EnumSet.noneOf(BurdenCategory.class);
            for (EvaluationRow r : rows) {
                if (r.category != null) {
                    burdens.add(BurdenCategory.valueOf(r.category));
                }
            }
            list.add(new Evaluation(first.id, first.appId, first.reporter, first.reporterUnitCode, first.rating,
                    burdens, first.comment, first.anonymous, first.at));
        }
        return list;
    }

    @Override
    public int distinctBurdenReporters(long appId, Instant since) {
        return mapper.distinctBurdenReporters(appId, since);
    }

    @Override
    public Map<BurdenCategory, Integer> burdenReporters(long appId, Instant since) {
        Map<BurdenCategory, Integer> counts = new EnumMap<>(BurdenCategory.class);
        for (Map<String, Object> row : mapper.burdenReporters(appId, since)) {
            counts.put(BurdenCategory.valueOf(String.valueOf(value(row, "category"))),
                    ((Number) value(row, "reporters")).intValue());
        }
        return counts;
    }

    @Override
    public Summary summary(long appId) {
        Map<String, Object> row = mapper.summary(appId);
        return new Summary(((Number) value(row, "average")).doubleValue(), ((Number) value(row, "n")).longValue());
    }

    @Override
    public void lock(long appId) {
        mapper.lockApp(appId);
    }

    /** Column labels come back upper-case on H2 and as written on MySQL. */
    private static Object value(Map<String, Object> row, String label) {
        Object v = row.get(label);
        return v != null ? v : row.get(label.toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public EvaluationPage search(EvaluationQuery query) {
        DepartmentFilter d = DepartmentFilter.of(query.departmentCode());
        List<EvaluationListRow> rows = mapper.search(query, d.unitCode(), d.divisionCode());
        Map<Long, Set<BurdenCategory>> burdens = new HashMap<>();
        if (!rows.isEmpty()) {
            for (CountRow b : mapper.burdensOf(rows.stream().map(r -> r.id).toList())) {
                burdens.computeIfAbsent(Long.parseLong(b.k1.strip()), k -> EnumSet.noneOf(BurdenCategory.class))
                        .add(BurdenCategory.valueOf(b.k2));
            }
        }
        List<EvaluationPage.Row> items = rows.stream().map(r -> new EvaluationPage.Row(r.id, r.appId, r.appName,
                r.ownerUnitCode, r.ownerUnitName, r.rating, burdens.getOrDefault(r.id, Set.of()), r.comment, r.at))
                .toList();
        return new EvaluationPage(items, mapper.count(query, d.unitCode(), d.divisionCode()), query.page(),
                query.size());
    }

    @Override
    public OwnReportPage reportsBy(String reporter, int page, int size) {
        int n = Math.max(size, 1);
        List<OwnReport> items = reports(mapper.reportsBy(reporter, null, Evaluation.LEDGER_REF_PREFIX, n,
                Math.max(page, 0) * n));
        return new OwnReportPage(items, mapper.countReportsBy(reporter), page, size);
    }

    @Override
    public Optional<OwnReport> reportBy(String reporter, long evaluationId) {
        return reports(mapper.reportsBy(reporter, evaluationId, Evaluation.LEDGER_REF_PREFIX, 1, 0)).stream()
                .findFirst();
    }

    @Override
    public AppPage rateable(RateableQuery query) {
        return rateableApps.page(query);
    }

    private List<OwnReport> reports(List<OwnReportRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<BurdenCategory>> burdens = new HashMap<>();
        for (CountRow b : mapper.burdensOf(rows.stream().map(r -> r.id).toList())) {
            burdens.computeIfAbsent(Long.parseLong(b.k1.strip()), k -> EnumSet.noneOf(BurdenCategory.class))
                    .add(BurdenCategory.valueOf(b.k2));
        }
        return rows.stream().map(r -> new OwnReport(r.id, r.appId, r.appName, r.rating,
                burdens.getOrDefault(r.id, Set.of()), r.comment, r.anonymous, r.at,
                r.itemId == null ? null : new OwnReport.FollowUp(r.itemId, LedgerState.valueOf(r.itemState),
                        r.itemStateSince, r.itemOutcome))).toList();
    }
}
