package org.fingertip.workflow.campaign;

/** Names of the bulk processes' ids and variables used from code. */
public final class CampaignProcessVariables {
    public static final String CAMPAIGN_PROCESS_KEY = "RecheckCampaignProcess";
    public static final String CYCLE_PROCESS_KEY = "RecheckCycleProcess";
    public static final String START_BATCH_TASK = "Task_StartBatch";

    public static final String CAMPAIGN_ID = "campaignId";
    /** Set by each batch: true once no member is pending. */
    public static final String ALL_STARTED = "allStarted";

    private CampaignProcessVariables() {
    }
}
