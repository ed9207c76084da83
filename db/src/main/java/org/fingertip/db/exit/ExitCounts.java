package org.fingertip.db.exit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fingertip.db.dashboard.CountRow;
import org.fingertip.db.department.DepartmentFilter;
import org.fingertip.registry.exit.ExitState;
import org.springframework.stereotype.Repository;

/** The dashboard's count of exits by state, on the exit list's own WHERE ({@code ExitMapper.xml}, searchWhere). */
@Repository
public class ExitCounts {
    private final ExitMapper mapper;

    public ExitCounts(ExitMapper mapper) {
        this.mapper = mapper;
    }

    /** Exits of the jurisdiction and department (as the list's {@code department} filter) by state. */
    public Map<ExitState, Long> byState(String jurisdictionPath, String departmentCode) {
        DepartmentFilter d = DepartmentFilter.of(departmentCode);
        List<CountRow> rows = mapper.figureByState(jurisdictionPath, null, d.unitCode(), d.divisionCode(), null,
                List.of(), false);
        Map<ExitState, Long> counts = new EnumMap<>(ExitState.class);
        rows.forEach(r -> counts.put(ExitState.valueOf(r.k1), r.n));
        return counts;
    }
}
