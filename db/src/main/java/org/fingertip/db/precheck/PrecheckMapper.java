package org.fingertip.db.precheck;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fingertip.registry.precheck.FiledFunctions.SharedFunctions;
import org.fingertip.registry.precheck.PlatformCatalogue.PlatformFunction;

/** SQL the pre-check reads; statements in PrecheckMapper.xml. */
@Mapper
interface PrecheckMapper {

    List<SharedFunctions> filedAppsSharing(@Param("path") String divisionPath,
                                           @Param("names") Collection<String> normalisedNames,
                                           @Param("exclude") long excludeAppId,
                                           @Param("statuses") List<String> statuses);

    List<PlatformFunction> platformFunctions(@Param("province") String provinceCode,
                                             @Param("names") Collection<String> normalisedNames);

    int platformFunctionExists(@Param("f") PlatformFunction function, @Param("normalised") String normalisedName);

    void insertPlatformFunction(@Param("f") PlatformFunction function, @Param("normalised") String normalisedName);
}
