package org.fingertip.workflow.campaign;

import java.util.Optional;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.campaign.RecheckCycle;
import org.fingertip.registry.recheck.RecheckTrigger;
import org.fingertip.workflow.recheck.RecheckWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One run of the periodic re-check: schedule the newly filed apps, start (at most a batch of) those due. */
@Service
@Transactional
public class CycleWorkflow {
    private static final Logger log = LoggerFactory.getLogger(CycleWorkflow.class);

    private final RecheckCycle cycle;
    private final RecheckWorkflow rechecks;

    public CycleWorkflow(RecheckCycle cycle, RecheckWorkflow rechecks) {
        this.cycle = cycle;
        this.rechecks = rechecks;
    }

    /** What one run did. */
    public record Run(int scheduled, int started, int skipped) {
    }

    public Run runOnce() {
        int scheduled = cycle.scheduleNew();
        int started = 0;
        int skipped = 0;
        for (long appId : cycle.due()) {
            Optional<String> why = cycle.whyNotStartable(appId);
            if (why.isPresent()) {
                log.info("定期复核：应用 {} 本期不复核：{}", appId, why.get());
                skipped++;
            } else {
                rechecks.start(Actor.system(), appId, RecheckTrigger.CYCLE);
                started++;
            }
            cycle.done(appId);
        }
        if (scheduled + started + skipped > 0) {
            log.info("定期复核：新排期 {} 个，启动 {} 个，跳过 {} 个", scheduled, started, skipped);
        }
        return new Run(scheduled, started, skipped);
    }
}
