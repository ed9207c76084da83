package org.fingertip.db.evaluation;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fingertip.db.department.DepartmentFilter;
import org.fingertip.registry.dashboard.DashboardQueries;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.evaluation.EvaluationQuery;
import org.springframework.stereotype.Repository;

/** The dashboard's burdens by category and month, on the evaluations list's own WHERE ({@code EvaluationMapper.xml}). */
@Repository
public class BurdenCounts {
    private final EvaluationMapper mapper;

    public BurdenCounts(EvaluationMapper mapper) {
        this.mapper = mapper;
    }

    public Map<BurdenCategory, Map<YearMonth, Long>> byMonth(String jurisdictionPath, String departmentCode,
                                                             List<DashboardQueries.MonthWindow> months) {
        Map<BurdenCategory, Map<YearMonth, Long>> counts = new EnumMap<>(BurdenCategory.class);
        if (months.isEmpty()) {
            return counts;
        }
        DepartmentFilter d = DepartmentFilter.of(departmentCode);
        EvaluationQuery scope = new EvaluationQuery(jurisdictionPath, departmentCode, null, months.get(0).from(),
                months.get(months.size() - 1).before(), 0, 1);
        mapper.figureBurdens(scope, d.unitCode(), d.divisionCode(), months).forEach(r -> counts
                .computeIfAbsent(BurdenCategory.valueOf(r.k1), k -> new HashMap<>())
                .put(YearMonth.parse(r.k2), r.n));
        return counts;
    }
}
