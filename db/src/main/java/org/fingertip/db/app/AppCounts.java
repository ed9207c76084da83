package org.fingertip.db.app;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fingertip.db.dashboard.CountRow;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Clearance;
import org.fingertip.registry.app.Pending;
import org.fingertip.registry.dashboard.AgeBucket;
import org.fingertip.registry.dashboard.DashboardQueries;
import org.fingertip.registry.department.DivisionLevel;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's counts of apps, on the app list's own WHERE ({@code AppMapper.xml}, searchWhere) as a reviewer,
 * supervisor or operator sees it: drafts left out.
 */
@Repository
public class AppCounts {
    private final AppMapper mapper;

    public AppCounts(AppMapper mapper) {
        this.mapper = mapper;
    }

    public Map<AppStatus, Long> byStatus(String jurisdictionPath, String departmentCode) {
        return counts(AppStatus.class, mapper.figureByStatus(AppFilter.ofScope(jurisdictionPath, departmentCode)));
    }

    public Map<AppKind, Long> byKind(String jurisdictionPath, String departmentCode) {
        return counts(AppKind.class, mapper.figureByKind(AppFilter.ofScope(jurisdictionPath, departmentCode)));
    }

    public Map<DivisionLevel, Long> byLevel(String jurisdictionPath, String departmentCode) {
        return counts(DivisionLevel.class, mapper.figureByLevel(AppFilter.ofScope(jurisdictionPath, departmentCode)));
    }

    public Map<Clearance, Long> clearance(String jurisdictionPath, String departmentCode) {
        return counts(Clearance.class, mapper.figureClearance(AppFilter.ofScope(jurisdictionPath, departmentCode)));
    }

    public Map<Pending, Map<AgeBucket, Long>> pending(String jurisdictionPath, String departmentCode,
                                                      List<DashboardQueries.SubmittedWindow> windows) {
        Map<Pending, Map<AgeBucket, Long>> counts = new EnumMap<>(Pending.class);
        if (windows.isEmpty()) {
            return counts;
        }
        for (CountRow r : mapper.figurePending(AppFilter.ofScope(jurisdictionPath, departmentCode), windows)) {
            counts.computeIfAbsent(Pending.valueOf(r.k1), k -> new EnumMap<>(AgeBucket.class))
                    .put(AgeBucket.valueOf(r.k2), r.n);
        }
        return counts;
    }

    /** A group without a value (an app without a kind) has no key to count it under, and no list selects it. */
    private static <E extends Enum<E>> Map<E, Long> counts(Class<E> type, List<CountRow> rows) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (CountRow r : rows) {
            if (r.k1 != null) {
                counts.merge(Enum.valueOf(type, r.k1), r.n, Long::sum);
            }
        }
        return counts;
    }
}
