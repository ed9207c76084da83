package org.fingertip.registry.department;

import java.util.List;
import java.util.Optional;

/** Port: the department tree. */
public interface Departments {

    Optional<Division> division(String code);

    Optional<Unit> unit(String code);

    List<Division> divisionsWithin(String code);

    List<Unit> unitsWithin(String divisionCode);

    void save(Division division);

    void save(Unit unit);
}
