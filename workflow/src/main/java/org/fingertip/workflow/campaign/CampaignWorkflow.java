package org.fingertip.workflow.campaign;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.campaign.Campaign;
import org.fingertip.registry.campaign.CampaignRequest;
import org.fingertip.registry.campaign.CampaignService;
import org.fingertip.registry.recheck.Recheck;
import org.fingertip.registry.recheck.RecheckTrigger;
import org.fingertip.workflow.recheck.RecheckWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Launches campaigns and starts their re-checks a batch at a time. Launching records the sample and starts
 * RecheckCampaignProcess in the request's transaction; the process's asynchronous batch task then runs on the job
 * executor of whichever node acquires it, one batch per transaction, so a crash loses at most the batch in flight
 * (which is retried) and no app is started twice: each member is marked in the same transaction as its re-check.
 */
@Service
@Transactional
public class CampaignWorkflow {
    private static final Logger log = LoggerFactory.getLogger(CampaignWorkflow.class);

    private final CampaignService campaigns;
    private final RecheckWorkflow rechecks;
    private final RuntimeService runtimeService;

    public CampaignWorkflow(CampaignService campaigns, RecheckWorkflow rechecks, RuntimeService runtimeService) {
        this.campaigns = campaigns;
        this.rechecks = rechecks;
        this.runtimeService = runtimeService;
    }

    public Campaign launch(Actor actor, CampaignRequest request) {
        Campaign c = campaigns.launch(actor, request);
        runtimeService.startProcessInstanceByKey(CampaignProcessVariables.CAMPAIGN_PROCESS_KEY, "campaign:" + c.id(),
                Map.of(CampaignProcessVariables.CAMPAIGN_ID, c.id()));
        return c;
    }

    /**
     * Starts the re-checks of up to {@code batchSize} pending members (an app that cannot be re-checked now is
     * skipped with the reason); returns true once none is pending and the campaign is marked started.
     */
    public boolean startBatch(long campaignId, int batchSize) {
        List<Long> batch = campaigns.pending(campaignId, batchSize);
        int started = 0;
        for (long appId : batch) {
            Optional<String> why = campaigns.whyNotStartable(appId);
            if (why.isPresent()) {
                campaigns.skipped(campaignId, appId, why.get());
            } else {
                Recheck r = rechecks.start(Actor.system(), appId, RecheckTrigger.CAMPAIGN);
                campaigns.started(campaignId, appId, r.id());
                started++;
            }
        }
        log.info("专项复核 {}：本批启动 {} 个，跳过 {} 个", campaignId, started, batch.size() - started);
        return batch.size() < batchSize ? campaigns.finishIfDone(campaignId) : false;
    }
}
