package org.fingertip.workflow.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** One batch of a campaign's re-checks, in its own job and transaction. */
@Component("campaignBatchDelegate")
public class CampaignBatchDelegate implements JavaDelegate {
    private final CampaignWorkflow workflow;
    private final int batchSize;

    public CampaignBatchDelegate(CampaignWorkflow workflow,
                                 @Value("${fingertip.recheck.campaign-batch-size:100}") int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("fingertip.recheck.campaign-batch-size must be at least 1: " + batchSize);
        }
        this.workflow = workflow;
        this.batchSize = batchSize;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object id = execution.getVariable(CampaignProcessVariables.CAMPAIGN_ID);
        if (!(id instanceof Number n)) {
            throw new IllegalStateException("process variable campaignId missing: " + id);
        }
        execution.setVariable(CampaignProcessVariables.ALL_STARTED, workflow.startBatch(n.longValue(), batchSize));
    }
}
