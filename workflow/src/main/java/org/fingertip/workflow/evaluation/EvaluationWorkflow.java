package org.fingertip.workflow.evaluation;

import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.evaluation.EvaluationService;
import org.fingertip.registry.ledger.LedgerSource;
import org.fingertip.workflow.ledger.LedgerWorkflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a rating; when its burden report crosses the threshold, opens the one ledger item for it in the same
 * transaction, while the app's row is still locked — so concurrent reports open exactly one.
 */
@Service
@Transactional
public class EvaluationWorkflow {
    private final EvaluationService evaluations;
    private final LedgerWorkflow ledger;

    public EvaluationWorkflow(EvaluationService evaluations, LedgerWorkflow ledger) {
        this.evaluations = evaluations;
        this.ledger = ledger;
    }

    public EvaluationService.Rated rate(Actor actor, long appId, Integer rating, List<BurdenCategory> burdens,
                                        String comment, boolean anonymous) {
        EvaluationService.Rated rated = evaluations.rate(actor, appId, rating, burdens, comment, anonymous);
        rated.alarm().ifPresent(alarm -> ledger.openFor(alarm.app(), alarm.category(), alarm.finding(),
                LedgerSource.EVALUATION, "evaluation:" + rated.evaluation().id()));
        return rated;
    }
}
