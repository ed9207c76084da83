package org.fingertip.registry.access;

import java.util.Optional;

/** The users who may act now (a port): an enabled account, as an actor with its roles, unit and jurisdiction. */
public interface ActiveUsers {

    Optional<Actor> active(String username);
}
