package org.fingertip.web.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.evaluation.EvaluationPage;
import org.fingertip.registry.evaluation.EvaluationService;
import org.fingertip.web.app.Paging;
import org.fingertip.web.security.Allowed;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The evaluations and burden reports of a jurisdiction: the list behind the dashboard's burdens by month. */
@RestController
class EvaluationListController {
    private final EvaluationService evaluations;

    EvaluationListController(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    /**
     * Evaluations of apps within the caller's jurisdiction, newest first: of a {@code department} (division or unit),
     * reporting a burden {@code category}, made in {@code month} (yyyy-MM, Asia/Shanghai) or in the months
     * {@code from} to {@code to}. The reporter is never shown.
     */
    @GetMapping("/api/evaluations")
    @Allowed({Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    @Transactional(readOnly = true)
    EvaluationList list(Actor actor, @RequestParam(required = false) String department,
                        @RequestParam(required = false) BurdenCategory category,
                        @RequestParam(required = false) String month, @RequestParam(required = false) String from,
                        @RequestParam(required = false) String to, @RequestParam(required = false) Integer page,
                        @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        EvaluationMonths months = EvaluationMonths.of(month, from, to);
        EvaluationPage p = evaluations.search(actor, department, category, months.from(), months.to(), paging.page(),
                paging.size());
        return new EvaluationList(p.items().stream().map(Item::of).toList(), p.total(), p.page(), p.size());
    }

    /** One evaluation: the app, its owner, the rating, the burdens and the comment; never who reported it. */
    record Item(long id, long appId, String appName, String ownerUnitCode, String ownerUnitName, int rating,
                Set<BurdenCategory> burdens, String comment, Instant at) {
        static Item of(EvaluationPage.Row r) {
            return new Item(r.id(), r.appId(), r.appName(), r.ownerUnitCode(), r.ownerUnitName(), r.rating(),
                    r.burdens(), r.comment(), r.at());
        }
    }

    record EvaluationList(List<Item> items, long total, int page, int size) {
    }
}
