package org.fingertip.db.admin;

import java.util.Optional;

import org.fingertip.db.app.MyBatisApps;
import org.fingertip.registry.admin.CatalogueEntries;
import org.springframework.stereotype.Repository;

/** The platform catalogue's entries as an administrator keeps them; names normalised as the pre-check reads them. */
@Repository
public class MyBatisCatalogueEntries implements CatalogueEntries {
    private final AdminMapper mapper;

    public MyBatisCatalogueEntries(AdminMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Page search(String provinceCode, String keyword, int page, int size) {
        String province = blankToNull(provinceCode);
        String k = blankToNull(keyword);
        return new Page(mapper.catalogue(province, k, page * size, size), mapper.catalogueCount(province, k), page,
                size);
    }

    @Override
    public Optional<Entry> byId(long id) {
        return Optional.ofNullable(mapper.catalogueEntry(id));
    }

    @Override
    public boolean exists(String provinceCode, String platformName, String functionName, Long exceptId) {
        return mapper.catalogueDuplicates(provinceCode, platformName, MyBatisApps.normalisedColumn(functionName),
                exceptId) > 0;
    }

    @Override
    public Entry add(String provinceCode, String platformName, String functionName) {
        CatalogueRow row = new CatalogueRow();
        row.provinceCode = provinceCode;
        row.platformName = platformName;
        row.functionName = functionName;
        row.normalisedName = MyBatisApps.normalisedColumn(functionName);
        mapper.insertCatalogueEntry(row);
        return new Entry(row.id, provinceCode, platformName, functionName);
    }

    @Override
    public void update(long id, String platformName, String functionName) {
        mapper.updateCatalogueEntry(id, platformName, functionName, MyBatisApps.normalisedColumn(functionName));
    }

    @Override
    public boolean remove(long id) {
        return mapper.deleteCatalogueEntry(id) > 0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
