package org.fingertip.workflow.evaluation;

import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.evaluation.Evaluation;
import org.fingertip.registry.evaluation.EvaluationService;
import org.fingertip.registry.ledger.LedgerSource;
import org.fingertip.registry.recheck.RecheckService;
import org.fingertip.registry.recheck.RecheckTrigger;
import org.fingertip.workflow.ledger.LedgerWorkflow;
import org.fingertip.workflow.recheck.RecheckWorkflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a rating; when its burden report crosses the threshold, opens the one ledger item for it and starts a
 * re-check of the app (unless one runs already, or the app is not filed or registered) in the same transaction,
 * while the app's row is still locked — so concurrent reports open exactly one of each.
 */
@Service
@Transactional
public class EvaluationWorkflow {
    private final EvaluationService evaluations;
    private final LedgerWorkflow ledger;
    private final RecheckWorkflow rechecks;
    private final RecheckService recheckService;

    public EvaluationWorkflow(EvaluationService evaluations, LedgerWorkflow ledger, RecheckWorkflow rechecks,
                              RecheckService recheckService) {
        this.evaluations = evaluations;
        this.ledger = ledger;
        this.rechecks = rechecks;
        this.recheckService = recheckService;
    }

    public EvaluationService.Rated rate(Actor actor, long appId, Integer rating, List<BurdenCategory> burdens,
                                        String comment, boolean anonymous) {
        EvaluationService.Rated rated = evaluations.rate(actor, appId, rating, burdens, comment, anonymous);
        rated.alarm().ifPresent(alarm -> {
            ledger.openFor(alarm.app(), alarm.category(), alarm.finding(), LedgerSource.EVALUATION,
                    Evaluation.ledgerRef(rated.evaluation().id()));
            AppStatus status = alarm.app().status();
            boolean recheckable = status == AppStatus.FILED || status == AppStatus.REGISTERED;
            if (recheckable && !recheckService.isRunning(appId)) {
                rechecks.start(Actor.system(), appId, RecheckTrigger.BURDEN_REPORTS);
            }
        });
        return rated;
    }
}
