package org.fingertip.db.ledger;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.fingertip.db.department.DepartmentFilter;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerQuery;
import org.springframework.stereotype.Repository;

/** The dashboard's ledger by category, on the ledger list's own WHERE and definitions ({@code LedgerMapper.xml}). */
@Repository
public class LedgerCounts {
    private final LedgerMapper mapper;

    public LedgerCounts(LedgerMapper mapper) {
        this.mapper = mapper;
    }

    public Map<LedgerCategory, org.fingertip.registry.dashboard.LedgerCounts> byCategory(String jurisdictionPath,
                                                                                         String departmentCode,
                                                                                         Instant now) {
        DepartmentFilter d = DepartmentFilter.of(departmentCode);
        LedgerQuery scope = new LedgerQuery(jurisdictionPath, null, null, null, departmentCode, null, null, 0, 1);
        Map<LedgerCategory, org.fingertip.registry.dashboard.LedgerCounts> counts = new EnumMap<>(LedgerCategory.class);
        mapper.figureByCategory(scope, d.divisionCode(), d.unitCode(), now).forEach(r -> counts.put(
                LedgerCategory.valueOf(r.k1), new org.fingertip.registry.dashboard.LedgerCounts(r.n, r.n2, r.n3)));
        return counts;
    }
}
