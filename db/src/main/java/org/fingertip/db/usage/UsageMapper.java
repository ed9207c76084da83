package org.fingertip.db.usage;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of the usage facts; statements in UsageMapper.xml. */
@Mapper
interface UsageMapper {

    UsageMonthRow find(@Param("appId") long appId, @Param("month") String month);

    void insert(@Param("r") UsageMonthRow row);

    int update(@Param("r") UsageMonthRow row);

    List<UsageMonthRow> history(@Param("appId") long appId, @Param("limit") int limit);
}
