package org.fingertip.registry.admin;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.shared.ForbiddenException;

/** Who may administer: an administrator, named in every refusal. */
public final class AdminRules {
    private AdminRules() {
    }

    public static void requireAdmin(Actor actor, String what) {
        if (actor == null || !actor.has(Role.ADMIN)) {
            throw new ForbiddenException("只有管理员可以" + what);
        }
    }
}
