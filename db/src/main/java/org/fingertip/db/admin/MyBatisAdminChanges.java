package org.fingertip.db.admin;

import org.fingertip.registry.admin.AdminChange;
import org.fingertip.registry.admin.AdminChanges;
import org.springframework.stereotype.Repository;

/** The record of administrative changes on MyBatis, only ever added to. */
@Repository
public class MyBatisAdminChanges implements AdminChanges {
    private final AdminMapper mapper;

    public MyBatisAdminChanges(AdminMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public AdminChange add(AdminChange change) {
        ChangeRow row = ChangeRow.of(change);
        mapper.insertChange(row);
        return change.stored(row.id);
    }

    @Override
    public Page page(Query query) {
        return new Page(mapper.changes(query), mapper.changeCount(query), query.page(), query.size());
    }
}
