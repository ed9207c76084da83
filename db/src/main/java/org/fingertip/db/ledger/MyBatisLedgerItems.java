package org.fingertip.db.ledger;

import java.util.List;
import java.util.Optional;

import org.fingertip.db.department.DepartmentFilter;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.ledger.LedgerItem;
import org.fingertip.registry.ledger.LedgerItems;
import org.fingertip.registry.ledger.LedgerPage;
import org.fingertip.registry.ledger.LedgerQuery;
import org.fingertip.registry.ledger.LedgerSource;
import org.fingertip.registry.ledger.LedgerStep;
import org.fingertip.registry.shared.StateConflictException;
import org.springframework.stereotype.Repository;

/** The ledger on MyBatis: optimistic versions, steps appended, the list filtered by jurisdiction in SQL. */
@Repository
public class MyBatisLedgerItems implements LedgerItems {
    private final LedgerMapper mapper;
    private final Departments departments;

    public MyBatisLedgerItems(LedgerMapper mapper, Departments departments) {
        this.mapper = mapper;
        this.departments = departments;
    }

    @Override
    public Optional<LedgerItem> byId(long id) {
        return Optional.ofNullable(mapper.byId(id)).map(this::toItem);
    }

    @Override
    public LedgerItem save(LedgerItem item) {
        LedgerRow row = toRow(item);
        row.version = item.version() + 1;
        long id;
        if (item.id() == null) {
            mapper.insert(row);
            id = row.id;
        } else {
            if (mapper.update(row, item.version()) == 0) {
                throw new StateConflictException("此台账事项已被他人处理，请刷新后重试", item.state().name());
            }
            id = item.id();
        }
        for (LedgerStep step : item.newSteps()) {
            mapper.insertStep(id, step);
        }
        item.stepsSaved(id, row.version);
        return item;
    }

    @Override
    public List<LedgerStep> steps(long itemId) {
        return mapper.steps(itemId);
    }

    @Override
    public LedgerPage search(LedgerQuery query) {
        DepartmentFilter department = DepartmentFilter.of(query.departmentCode());
        List<LedgerPage.Row> rows = mapper.search(query, department.divisionCode(), department.unitCode()).stream()
                .map(r -> new LedgerPage.Row(r.id, r.appId, r.appName, r.ownerUnitCode, r.ownerUnitName, r.category,
                        r.finding, r.source, r.state, r.deadline, r.extended, r.openedAt, r.stateSince))
                .toList();
        return new LedgerPage(rows, mapper.count(query, department.divisionCode(), department.unitCode()), query.page(), query.size());
    }

    @Override
    public boolean hasUnfinished(long appId, LedgerSource source) {
        return mapper.countUnfinished(appId, source) > 0;
    }

    private LedgerItem toItem(LedgerRow r) {
        Unit owner = departments.unit(r.ownerUnitCode)
                .orElseThrow(() -> new IllegalStateException("ledger item " + r.id + " names unknown unit " + r.ownerUnitCode));
        return LedgerItem.restore(r.id, r.appId, r.appName, owner, r.category, r.finding, r.source, r.sourceRef,
                r.state, r.stateSince, r.deadline, r.extended, r.escalatedAt, r.evidence, r.reportedBy, r.openedBy,
                r.openedAt, r.version);
    }

    private static LedgerRow toRow(LedgerItem i) {
        LedgerRow r = new LedgerRow();
        r.id = i.id();
        r.appId = i.appId();
        r.appName = i.appName();
        r.ownerUnitCode = i.owner().code();
        r.ownerDivisionPath = i.owner().division().path();
        r.category = i.category();
        r.finding = i.finding();
        r.source = i.source();
        r.sourceRef = i.sourceRef();
        r.state = i.state();
        r.stateSince = i.stateSince();
        r.deadline = i.deadline();
        r.extended = i.extended();
        r.escalatedAt = i.escalatedAt();
        r.evidence = i.evidence();
        r.reportedBy = i.reportedBy();
        r.openedBy = i.openedBy();
        r.openedAt = i.openedAt();
        return r;
    }
}
