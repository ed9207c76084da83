package org.fingertip.web.evaluation;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.evaluation.Evaluation;
import org.fingertip.registry.evaluation.EvaluationService;
import org.fingertip.registry.evaluation.Evaluations;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.evaluation.EvaluationWorkflow;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Ratings and burden reports of one app. */
@RestController
@RequestMapping("/api/apps/{id}/evaluations")
class EvaluationApiController {
    static final int LIST_LIMIT = 200;

    private final EvaluationWorkflow workflow;
    private final EvaluationService evaluations;

    EvaluationApiController(EvaluationWorkflow workflow, EvaluationService evaluations) {
        this.workflow = workflow;
        this.evaluations = evaluations;
    }

    /** Rates the app 1–5 and reports burdens; anonymous hides the reporter from the owner unit. */
    @PostMapping
    @Allowed({Role.OBSERVER, Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    ResponseEntity<RatedResponse> rate(Actor actor, @PathVariable long id, @RequestBody RateRequest body) {
        EvaluationService.Rated rated = workflow.rate(actor, id, body.rating(), body.burdens(), body.comment(),
                Boolean.TRUE.equals(body.anonymous()));
        return ResponseEntity.created(URI.create("/api/apps/" + id + "/evaluations"))
                .body(new RatedResponse(EvaluationJson.of(rated.evaluation()), rated.alarm().isPresent()));
    }

    /** The app's evaluations, newest first (at most 200), with the average rating. */
    @GetMapping
    @Allowed({Role.OBSERVER, Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    @Transactional(readOnly = true)
    EvaluationList list(Actor actor, @PathVariable long id) {
        List<EvaluationJson> items = evaluations.ofApp(actor, id, LIST_LIMIT).stream().map(EvaluationJson::of).toList();
        Evaluations.Summary summary = evaluations.summary(actor, id);
        return new EvaluationList(items, summary.count(), summary.averageRating());
    }

    /** A rating: {@code rating} 1–5, the burdens, a comment, and whether to stay anonymous to the owner unit. */
    record RateRequest(Integer rating, List<BurdenCategory> burdens, String comment, Boolean anonymous) {
    }

    /** The recorded evaluation, and whether it raised the burden alarm (a ledger item was opened). */
    record RatedResponse(EvaluationJson evaluation, boolean burdenAlarmRaised) {
    }

    /** One evaluation; {@code reporter} is null when hidden from the caller. */
    record EvaluationJson(long id, String reporter, int rating, Set<BurdenCategory> burdens, String comment,
                          boolean anonymous, Instant at) {
        static EvaluationJson of(Evaluation e) {
            return new EvaluationJson(e.id(), e.reporter(), e.rating(), e.burdens(), e.comment(), e.anonymous(), e.at());
        }
    }

    /** The evaluations of an app with their count and average. */
    record EvaluationList(List<EvaluationJson> items, long total, double averageRating) {
    }
}
