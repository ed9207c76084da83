package org.fingertip.db.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of the holiday arrangements; statements in HolidayMapper.xml. */
@Mapper
interface HolidayMapper {

    /** Every stored day: its year, date and kind (OFF or WORK). */
    List<HolidayDayRow> days();

    List<Integer> years();

    int updateYear(@Param("year") int year, @Param("by") String by, @Param("at") Instant at);

    void insertYear(@Param("year") int year, @Param("by") String by, @Param("at") Instant at);

    void deleteDays(@Param("year") int year);

    void insertDay(@Param("year") int year, @Param("day") LocalDate day, @Param("kind") String kind);
}
