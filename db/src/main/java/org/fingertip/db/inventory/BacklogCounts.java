package org.fingertip.db.inventory;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fingertip.db.department.DepartmentFilter;
import org.fingertip.registry.dashboard.DashboardQueries;
import org.fingertip.registry.dashboard.DaysLeftBucket;
import org.fingertip.registry.inventory.BacklogQuery;
import org.springframework.stereotype.Repository;

/** The dashboard's backlog by days left, on the backlog list's own WHERE ({@code InventoryMapper.xml}). */
@Repository
public class BacklogCounts {
    private final InventoryMapper mapper;

    public BacklogCounts(InventoryMapper mapper) {
        this.mapper = mapper;
    }

    public Map<DaysLeftBucket, Long> byDaysLeft(String jurisdictionPath, String departmentCode,
                                                LocalDate defaultDeadline, LocalDate today,
                                                List<DashboardQueries.DeadlineWindow> windows) {
        DepartmentFilter d = DepartmentFilter.of(departmentCode);
        BacklogQuery scope = new BacklogQuery(jurisdictionPath, departmentCode, defaultDeadline, today, 0, 1);
        Map<DaysLeftBucket, Long> counts = new EnumMap<>(DaysLeftBucket.class);
        mapper.figureBacklog(scope, d.unitCode(), d.divisionCode(), windows)
                .forEach(r -> counts.put(DaysLeftBucket.valueOf(r.k1), r.n));
        return counts;
    }
}
