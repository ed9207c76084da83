package org.fingertip.db.work;

import java.util.List;

import org.fingertip.registry.dashboard.DashboardQueries;
import org.fingertip.registry.task.OverdueWorkQuery;
import org.springframework.stereotype.Repository;

/** The dashboard's overdue tasks, on the overdue list's own WHERE ({@code WorkMapper.xml}, overdueWhere). */
@Repository
public class OverdueCounts {
    private final WorkMapper mapper;

    public OverdueCounts(WorkMapper mapper) {
        this.mapper = mapper;
    }

    /** The query's filters as the list's; its paging is ignored. */
    public List<DashboardQueries.OverdueCount> byUnitAndStep(OverdueWorkQuery query) {
        return mapper.figureOverdue(query).stream()
                .map(r -> new DashboardQueries.OverdueCount(r.k1, r.k2, r.k3, r.k4, r.n)).toList();
    }
}
