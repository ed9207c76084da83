package org.fingertip.db.department;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.Unit;

/** SQL of the department tree; statements in DepartmentMapper.xml. */
@Mapper
interface DepartmentMapper {

    Division division(String code);

    /** The division with this path and every division below it, by path. */
    List<Division> divisionsUnder(String path);

    UnitRow unit(String code);

    /** Units whose division lies at or below this path, by code. */
    List<UnitRow> unitsUnder(String path);

    void updateDivision(@Param("d") Division division);

    void insertDivision(@Param("d") Division division);

    void updateUnit(@Param("u") Unit unit);

    void insertUnit(@Param("u") Unit unit);

    /** The administrator's list of units: at or below a division path, with a part of the code or name. */
    List<UnitRow> unitPage(@Param("path") String path, @Param("keyword") String keyword, @Param("offset") int offset,
                           @Param("size") int size);

    long unitCount(@Param("path") String path, @Param("keyword") String keyword);

    /** Every division, by path (the tree). */
    List<Division> allDivisions();
}
