package org.fingertip.db.recheck;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fingertip.registry.recheck.RecheckStep;

@Mapper
interface RecheckMapper {

    void insert(@Param("r") RecheckRow row);

    int update(@Param("r") RecheckRow row, @Param("loadedVersion") int loadedVersion);

    RecheckRow byId(@Param("id") long id);

    /** The newest re-check of the app that is not concluded. */
    RecheckRow openFor(@Param("appId") long appId);

    void insertStep(@Param("recheckId") long recheckId, @Param("s") RecheckStep step);

    List<RecheckStep> steps(@Param("recheckId") long recheckId);
}
