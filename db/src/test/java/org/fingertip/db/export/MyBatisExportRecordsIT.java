package org.fingertip.db.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fingertip.db.TestApps.at;

import java.util.UUID;

import org.fingertip.registry.export.ExportRecord;
import org.fingertip.registry.export.ExportRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MyBatisExportRecordsIT {
    @Autowired
    ExportRecords records;

    /** A user of this test only: the database is shared by the suite. */
    private static String someone() {
        return "exporter." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void givenAnExport_thenEveryFieldRoundTrips() {
        String user = someone();
        String filters = "状态：已备案；关键词：江城办𠀀；部门：420100-007";
        ExportRecord stored = records.add(ExportRecord.of(user, "apps", filters, 100_000, at(3)));

        assertThat(stored.id()).isNotNull();
        assertThat(records.byUser(user, 10)).containsExactly(stored);
        assertThat(stored.filters()).isEqualTo(filters);
        assertThat(stored.rows()).isEqualTo(100_000);
        assertThat(stored.exportedAt()).isEqualTo(at(3));
    }

    @Test
    void givenSeveralExports_thenAUsersAreListedNewestFirstAndNobodyElses() {
        String user = someone();
        ExportRecord first = records.add(ExportRecord.of(user, "ledger", "无（全部）", 3, at(1)));
        ExportRecord second = records.add(ExportRecord.of(user, "exits", "状态：计划审核中", 0, at(2)));
        ExportRecord sameMinute = records.add(ExportRecord.of(user, "backlog", "部门：420100", 7, at(2)));
        records.add(ExportRecord.of(someone(), "apps", "无（全部）", 9, at(5)));

        assertThat(records.byUser(user, 10)).containsExactly(sameMinute, second, first);
        assertThat(records.byUser(user, 2)).containsExactly(sameMinute, second);
        // a long filter text, as long as a URL can carry, is kept whole
        String longFilters = "关键词：" + "长".repeat(6000);
        assertThat(records.add(ExportRecord.of(user, "apps", longFilters, 0, at(9))).filters()).isEqualTo(longFilters);
        assertThat(records.byUser(user, 1).get(0).filters()).isEqualTo(longFilters);
    }
}
