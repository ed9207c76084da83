package org.fingertip.web.page.evaluation;

import java.util.EnumSet;
import java.util.Set;

import org.fingertip.registry.access.AccessPolicy;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Audience;

/**
 * Who the pages offer the rating form to: the rule of {@code EvaluationService.rate}, which has no side-effect-free
 * check to try — an observer whose jurisdiction holds the app, or a user whose unit is in the app's audience (never
 * the owner unit), for an app in use. Only what is shown follows from here; the core still decides every rating.
 */
final class RatingRule {
    /** The states in which an app is in use and may be rated (as {@code EvaluationService} has them). */
    static final Set<AppStatus> IN_USE = EnumSet.of(AppStatus.FILED, AppStatus.CHANGE_UNDER_REVIEW,
            AppStatus.UNDER_RECHECK, AppStatus.RECTIFYING, AppStatus.INTEGRATING, AppStatus.EXITING,
            AppStatus.LIVE_UNFILED, AppStatus.REGISTERED);

    private RatingRule() {
    }

    /** May this user rate the app (role and audience), whatever its state. */
    static boolean mayRate(Actor actor, App app) {
        return inAudience(actor, app) || actor.has(Role.OBSERVER) && actor.oversees(app.owner().division());
    }

    /** May rate it now: allowed, and the app is in use. */
    static boolean mayRateNow(Actor actor, App app) {
        return mayRate(actor, app) && IN_USE.contains(app.status());
    }

    /** May see the app at all (its case page, or as one of its audience). */
    static boolean maySee(Actor actor, App app) {
        return AccessPolicy.canSee(actor, app) || inAudience(actor, app);
    }

    private static boolean inAudience(Actor actor, App app) {
        if (actor.unit() == null || actor.unit().code().equals(app.owner().code())) {
            return false;
        }
        String scope = app.form().audience() == Audience.PUBLIC
                ? "/" + app.owner().division().provinceCode() + "/"
                : app.owner().division().cityPath();
        return actor.unit().division().path().startsWith(scope);
    }
}
