package org.fingertip.db.department;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fingertip.registry.department.Division;

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

    void updateUnit(@Param("code") String code, @Param("name") String name, @Param("divisionCode") String divisionCode);

    void insertUnit(@Param("code") String code, @Param("name") String name, @Param("divisionCode") String divisionCode);
}
