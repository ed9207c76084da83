package org.fingertip.db.department;

import java.util.List;
import java.util.Optional;

import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.Unit;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The department tree on MyBatis; "within" includes the division itself, as {@link Division#isWithin} does. */
@Repository
public class MyBatisDepartments implements Departments {
    private final DepartmentMapper mapper;

    public MyBatisDepartments(DepartmentMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Division> division(String code) {
        return Optional.ofNullable(mapper.division(code));
    }

    @Override
    public Optional<Unit> unit(String code) {
        return Optional.ofNullable(mapper.unit(code)).map(MyBatisDepartments::toUnit);
    }

    @Override
    public List<Division> divisionsWithin(String code) {
        return division(code).map(top -> mapper.divisionsUnder(top.path())).orElse(List.of());
    }

    @Override
    public List<Unit> unitsWithin(String divisionCode) {
        return division(divisionCode)
                .map(top -> mapper.unitsUnder(top.path()).stream().map(MyBatisDepartments::toUnit).toList())
                .orElse(List.of());
    }

    @Override
    @Transactional
    public void save(Division division) {
        // looked up rather than judged by the update's row count, which depends on the driver's useAffectedRows
        if (mapper.division(division.code()) == null) {
            mapper.insertDivision(division);
        } else {
            mapper.updateDivision(division);
        }
    }

    @Override
    @Transactional
    public void save(Unit unit) {
        if (mapper.unit(unit.code()) == null) {
            mapper.insertUnit(unit);
        } else {
            mapper.updateUnit(unit);
        }
    }

    /** The administrator's list of units: within a division (null for all), with a part of the code or name. */
    @Transactional(readOnly = true)
    public UnitPage unitPage(String divisionCode, String keyword, int page, int size) {
        String path = null;
        if (divisionCode != null && !divisionCode.isBlank()) {
            Division top = mapper.division(divisionCode.strip());
            if (top == null) {
                return new UnitPage(List.of(), 0, page, size);
            }
            path = top.path();
        }
        String k = keyword == null || keyword.isBlank() ? null : keyword.strip();
        List<Unit> items = mapper.unitPage(path, k, page * size, size).stream().map(MyBatisDepartments::toUnit)
                .toList();
        return new UnitPage(items, mapper.unitCount(path, k), page, size);
    }

    /** A page of units and the total of the whole query. */
    public record UnitPage(List<Unit> items, long total, int page, int size) {
    }

    /** Every division, by path: a parent before its children. */
    public List<Division> allDivisions() {
        return mapper.allDivisions();
    }

    private static Unit toUnit(UnitRow row) {
        return new Unit(row.code(), row.name(), new Division(row.divisionCode(), row.divisionName(),
                row.divisionLevel(), row.divisionParentCode(), row.divisionPath()), row.mergedInto());
    }
}
