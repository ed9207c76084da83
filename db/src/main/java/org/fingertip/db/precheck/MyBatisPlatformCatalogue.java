package org.fingertip.db.precheck;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.fingertip.db.app.MyBatisApps;
import org.fingertip.registry.precheck.PlatformCatalogue;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The unified platforms' function catalogues on MyBatis; an entry saved twice is kept once. */
@Repository
public class MyBatisPlatformCatalogue implements PlatformCatalogue {
    private final PrecheckMapper mapper;

    public MyBatisPlatformCatalogue(PrecheckMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<PlatformFunction> matching(String provinceCode, Collection<String> normalisedNames) {
        Set<String> names = MyBatisFiledFunctions.stored(normalisedNames);
        if (names.isEmpty()) {
            return List.of();
        }
        return mapper.platformFunctions(provinceCode, names);
    }

    @Override
    @Transactional
    public void save(PlatformFunction function) {
        String normalised = MyBatisApps.normalisedColumn(function.functionName());
        if (mapper.platformFunctionExists(function, normalised) == 0) {
            mapper.insertPlatformFunction(function, normalised);
        }
    }
}
