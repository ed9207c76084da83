package org.fingertip.web.me;

import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.web.security.AnyAuthenticated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}. */
@RestController
class MeController {

    @GetMapping("/api/me")
    @AnyAuthenticated
    Me me(Actor actor) {
        return new Me(actor.username(), actor.roles().stream().map(Enum::name).sorted().toList(),
                actor.unit() == null ? null : actor.unit().code(), actor.unit() == null ? null : actor.unit().name(),
                actor.jurisdiction() == null ? null : actor.jurisdiction().code());
    }

    record Me(String username, List<String> roles, String departmentCode, String departmentName,
              String jurisdictionCode) {
    }
}
