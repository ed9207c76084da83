package org.fingertip.registry.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.Unit;

/** The department tree in memory; "within" includes the division itself, as {@link Division#isWithin} does. */
public final class InMemoryDepartments implements Departments {
    private final Map<String, Division> divisions = new LinkedHashMap<>();
    private final Map<String, Unit> units = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Division> division(String code) {
        return Optional.ofNullable(divisions.get(code));
    }

    @Override
    public synchronized Optional<Unit> unit(String code) {
        return Optional.ofNullable(units.get(code));
    }

    @Override
    public synchronized List<Division> divisionsWithin(String code) {
        Division top = divisions.get(code);
        if (top == null) {
            return List.of();
        }
        return divisions.values().stream().filter(d -> d.isWithin(top)).toList();
    }

    @Override
    public synchronized List<Unit> unitsWithin(String divisionCode) {
        Division top = divisions.get(divisionCode);
        if (top == null) {
            return List.of();
        }
        return units.values().stream().filter(u -> u.isWithin(top)).toList();
    }

    @Override
    public synchronized void save(Division division) {
        divisions.put(division.code(), division);
    }

    @Override
    public synchronized void save(Unit unit) {
        units.put(unit.code(), unit);
    }
}
