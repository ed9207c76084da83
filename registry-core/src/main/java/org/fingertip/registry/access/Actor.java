package org.fingertip.registry.access;

import java.util.Objects;
import java.util.Set;

import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.Unit;

/**
 * The user behind a command: its roles, the unit it works for and its jurisdiction (a division subtree).
 * The system itself acts as {@link #SYSTEM} (timers, automatic checks).
 */
public record Actor(String username, Set<Role> roles, Unit unit, Division jurisdiction) {

    public static final String SYSTEM_NAME = "system";

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isSystem() {
        return SYSTEM_NAME.equals(username);
    }

    /** True when the division lies in this actor's jurisdiction. */
    public boolean oversees(Division division) {
        return jurisdiction != null && division.isWithin(jurisdiction);
    }

    /** True when the unit is the actor's own unit. */
    public boolean worksFor(String unitCode) {
        return unit != null && unit.code().equals(unitCode);
    }

    public static Actor system() {
        return new Actor(SYSTEM_NAME, Set.of(), null, null);
    }
}
