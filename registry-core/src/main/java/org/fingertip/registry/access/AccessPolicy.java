package org.fingertip.registry.access;

import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.NotFoundException;

/** Who may see an app, and who may file for a unit. Anything a caller may not see is "not found", never "forbidden". */
public final class AccessPolicy {
    private AccessPolicy() {
    }

    public static boolean canSee(Actor actor, App app) {
        if (actor.isSystem()) {
            return true;
        }
        if (actor.has(Role.APPLICANT) && actor.worksFor(app.owner().code())) {
            return true;
        }
        // A draft is its unit's own until submitted: nobody else sees it.
        boolean inJurisdiction = actor.oversees(app.owner().division()) && app.status() != AppStatus.DRAFT;
        return inJurisdiction && (actor.has(Role.REVIEWER) || actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN)
                || actor.has(Role.OBSERVER));
    }

    /** The app if the actor may see it; otherwise 404, so that nobody learns what exists outside its jurisdiction. */
    public static App requireVisible(Actor actor, App app, long id) {
        if (!canSee(actor, app)) {
            throw new NotFoundException("未找到编号为 " + id + " 的应用");
        }
        return app;
    }

    /** Applicants file only for their own unit. */
    public static void requireFilesFor(Actor actor, Unit unit) {
        if (!actor.has(Role.APPLICANT)) {
            throw new ForbiddenException("只有申报人可以填报和提交申请");
        }
        if (!actor.worksFor(unit.code())) {
            throw new ForbiddenException("只能为本单位（" + (actor.unit() == null ? "无" : actor.unit().name())
                    + "）填报，不能为“" + unit.name() + "”填报");
        }
    }
}
