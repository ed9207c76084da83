package org.fingertip.web.page.evaluation;

import org.fingertip.registry.access.AccessPolicy;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.evaluation.EvaluationService;

/**
 * Who the pages offer the rating form to: the core's own rule ({@link EvaluationService#mayRate},
 * {@link EvaluationService#inUse}). Only what is shown follows from here; the core still decides every rating.
 */
final class RatingRule {

    private RatingRule() {
    }

    /** May this user rate the app (role and audience), whatever its state. */
    static boolean mayRate(Actor actor, App app) {
        return EvaluationService.mayRate(actor, app);
    }

    /** May rate it now: allowed, and the app is in use. */
    static boolean mayRateNow(Actor actor, App app) {
        return EvaluationService.mayRate(actor, app) && EvaluationService.inUse(app);
    }

    /** May see the app at all (its case page, or as one of its audience). */
    static boolean maySee(Actor actor, App app) {
        return AccessPolicy.canSee(actor, app) || EvaluationService.inAudience(actor, app);
    }
}
