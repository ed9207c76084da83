package org.fingertip.db.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import org.fingertip.db.app.JsonColumns;
import org.fingertip.db.department.DepartmentFilter;
import org.fingertip.registry.inventory.BacklogPage;
import org.fingertip.registry.inventory.BacklogQuery;
import org.fingertip.registry.inventory.ImportLog;
import org.fingertip.registry.inventory.Inventory;
import org.fingertip.registry.inventory.InventoryEntry;
import org.fingertip.registry.inventory.InventoryKey;
import org.fingertip.registry.inventory.InventoryResult;
import org.fingertip.registry.inventory.OverdueRecord;
import org.fingertip.registry.shared.StateConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * The inventory on MyBatis. The unique key on unit, normalised name and kind (and the one on the app) keeps a second
 * entry out even when two imports race; the unit row locks make the second import wait and then see the first's
 * entries, so that it updates them instead of failing. The sweep's record has the app as its primary key.
 */
@Repository
public class MyBatisInventory implements Inventory {
    private static final TypeReference<List<String>> STORES = new TypeReference<>() { };
    private static final TypeReference<List<InventoryResult.Rejection>> REJECTIONS = new TypeReference<>() { };

    private final InventoryMapper mapper;
    private final JsonColumns json = new JsonColumns();

    public MyBatisInventory(InventoryMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void lockUnits(List<String> unitCodes) {
        for (String code : unitCodes) {
            mapper.lockUnit(code);
        }
    }

    @Override
    public Optional<InventoryEntry> byKey(InventoryKey key) {
        return Optional.ofNullable(mapper.byKey(key.unitCode(), key.normalisedName(), key.kind().name()))
                .map(this::toEntry);
    }

    @Override
    public Optional<InventoryEntry> byApp(long appId) {
        return Optional.ofNullable(mapper.byApp(appId)).map(this::toEntry);
    }

    @Override
    public InventoryEntry save(InventoryEntry entry) {
        EntryRow row = toRow(entry);
        if (entry.id() == null) {
            try {
                mapper.insertEntry(row);
            } catch (DuplicateKeyException e) {
                throw new StateConflictException("存量清单中已有“" + entry.name() + "”（" + entry.key().unitCode() + "，"
                        + entry.key().kind().label() + "），或该应用已登记；可能有另一导入正在进行，请稍后重新导入",
                        "DUPLICATE");
            }
            return entry.withId(row.id);
        }
        mapper.updateEntry(row);
        return entry;
    }

    @Override
    public long begin(ImportLog log) {
        ImportRow row = toRow(log);
        mapper.insertImport(row);
        return row.id;
    }

    @Override
    public void finish(ImportLog log) {
        mapper.finishImport(toRow(log));
    }

    @Override
    public Optional<ImportLog> importLog(long id) {
        ImportRow r = mapper.importById(id);
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(new ImportLog(r.id, r.fileName, r.importedBy, r.importedAt, r.dataRows, r.createdCount,
                r.updatedCount, r.unchangedCount, json.read(r.rejectedJson, REJECTIONS)));
    }

    @Override
    public BacklogPage backlog(BacklogQuery query) {
        DepartmentFilter department = DepartmentFilter.of(query.departmentCode());
        List<BacklogPage.Row> rows = mapper.backlog(query, department.unitCode(), department.divisionCode());
        long total = mapper.backlogCount(query, department.unitCode(), department.divisionCode(), false);
        long overdue = mapper.backlogCount(query, department.unitCode(), department.divisionCode(), true);
        return new BacklogPage(rows, total, overdue, query.today(), query.page(), query.size());
    }

    @Override
    public List<Long> overdueWithoutRecord(LocalDate day, LocalDate defaultDeadline, int limit) {
        return mapper.overdueWithoutRecord(day, defaultDeadline, limit);
    }

    @Override
    public Optional<OverdueRecord> overdueRecord(long appId) {
        return Optional.ofNullable(mapper.overdueRecord(appId));
    }

    @Override
    public boolean record(OverdueRecord record) {
        if (mapper.overdueRecord(record.appId()) != null) {
            return false;
        }
        try {
            mapper.insertOverdue(record);
            return true;
        } catch (DuplicateKeyException e) {
            // recorded meanwhile by another transaction, which has committed
            return false;
        }
    }

    private InventoryEntry toEntry(EntryRow r) {
        return new InventoryEntry(r.id, r.appId, new InventoryKey(r.unitCode, r.normalisedName, r.kind), r.name,
                r.audience, json.read(r.storesJson, STORES), r.packageName, r.launchDate, r.filingDeadline, r.importId,
                r.importLine, r.createdBy, r.createdAt, r.updatedBy, r.updatedAt);
    }

    private EntryRow toRow(InventoryEntry e) {
        EntryRow r = new EntryRow();
        r.id = e.id();
        r.appId = e.appId();
        r.unitCode = e.key().unitCode();
        r.normalisedName = e.key().normalisedName();
        r.kind = e.key().kind();
        r.name = e.name();
        r.audience = e.audience();
        r.storesJson = json.write(e.stores());
        r.packageName = e.packageName();
        r.launchDate = e.launchDate();
        r.filingDeadline = e.filingDeadline();
        r.importId = e.importId();
        r.importLine = e.line();
        r.createdBy = e.createdBy();
        r.createdAt = e.createdAt();
        r.updatedBy = e.updatedBy();
        r.updatedAt = e.updatedAt();
        return r;
    }

    private ImportRow toRow(ImportLog log) {
        ImportRow r = new ImportRow();
        r.id = log.id();
        r.fileName = log.fileName();
        r.importedBy = log.importedBy();
        r.importedAt = log.importedAt();
        r.dataRows = log.rows();
        r.createdCount = log.created();
        r.updatedCount = log.updated();
        r.unchangedCount = log.unchanged();
        r.rejectedCount = log.rejected().size();
        r.rejectedJson = json.write(log.rejected());
        return r;
    }
}
