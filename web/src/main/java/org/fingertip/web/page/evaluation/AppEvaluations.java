package org.fingertip.web.page.evaluation;

import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.evaluation.Evaluation;
import org.fingertip.registry.evaluation.EvaluationService;
import org.fingertip.registry.evaluation.Evaluations;
import org.springframework.stereotype.Component;

/**
 * The evaluations of one app, for its case page: the average and count, the latest ones with their reporters hidden
 * as the core hides them, and whether the viewer may rate it. Called within the case page's transaction.
 */
@Component
public class AppEvaluations {
    static final int LATEST = 10;

    private final EvaluationService evaluations;

    AppEvaluations(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    /** What the case page shows. */
    public record View(Evaluations.Summary summary, List<Evaluation> latest, boolean canRate) {
    }

    public View of(Actor actor, App app) {
        return new View(evaluations.summary(actor, app.id()), evaluations.ofApp(actor, app.id(), LATEST),
                RatingRule.mayRateNow(actor, app));
    }
}
