package org.fingertip.db.export;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fingertip.registry.export.ExportRecord;

/** SQL of the record of exports; statements in ExportMapper.xml. */
@Mapper
interface ExportMapper {

    void insert(@Param("r") ExportRow row);

    List<ExportRecord> byUser(@Param("username") String username, @Param("limit") int limit);
}
