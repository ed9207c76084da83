package org.fingertip.db.admin;

import java.time.Instant;
import java.util.List;

import org.fingertip.registry.admin.Reassignments;
import org.fingertip.registry.admin.UnitMerge;
import org.fingertip.registry.notice.Recipients;
import org.springframework.stereotype.Repository;

/**
 * What moves with a merged unit on MyBatis: every column outside {@code app} that copies an owner unit and its
 * division path (the app's own columns move with the aggregate).
 */
@Repository
public class MyBatisReassignments implements Reassignments {
    /** Tables with owner_unit_code and owner_division_path copied from the app's owner. */
    private static final List<String> OWNER_TABLES = List.of("ledger_item", "recheck", "app_exit", "change_filing");

    private final AdminMapper mapper;

    public MyBatisReassignments(AdminMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Long> appIdsOf(String unitCode) {
        return mapper.appIdsOf(unitCode);
    }

    @Override
    public int moveUsers(String fromUnit, String toUnit) {
        return mapper.moveUsers(fromUnit, toUnit);
    }

    @Override
    public int moveUnitRecords(UnitMerge merge) {
        String from = merge.from().code();
        String to = merge.into().code();
        String path = merge.into().division().path();
        int moved = 0;
        for (String table : OWNER_TABLES) {
            moved += mapper.moveOwnerColumns(table, from, to, path);
        }
        moved += mapper.moveProposedOwner(from, to);
        moved += mapper.moveInventory(from, to);
        moved += mapper.moveWorkRecords(from, to, path);
        moved += mapper.moveReporterUnits(from, to);
        moved += mapper.moveUnreadNotices(Recipients.applicants(from), Recipients.applicants(to));
        return moved;
    }

    @Override
    public int regroupOpenWork(String fromGroup, String toGroup) {
        return mapper.regroupOpenWork(fromGroup, toGroup);
    }

    @Override
    public void markMerged(String unitCode, String into, Instant at) {
        mapper.markMerged(unitCode, into, at);
    }

    @Override
    public List<String> openTasksHeldBy(String username) {
        return mapper.openTasksHeldBy(username);
    }
}
