package org.fingertip.db.export;

import java.util.List;

import org.fingertip.registry.export.ExportRecord;
import org.fingertip.registry.export.ExportRecords;
import org.springframework.stereotype.Repository;

/** The record of exports on MyBatis. */
@Repository
public class MyBatisExportRecords implements ExportRecords {
    private final ExportMapper mapper;

    public MyBatisExportRecords(ExportMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public ExportRecord add(ExportRecord record) {
        ExportRow row = ExportRow.of(record);
        mapper.insert(row);
        return record.stored(row.id);
    }

    @Override
    public List<ExportRecord> byUser(String username, int limit) {
        return mapper.byUser(username, limit);
    }
}
