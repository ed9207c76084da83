package org.fingertip.web.bench;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.campaign.Campaign;
import org.fingertip.registry.campaign.CampaignProgress;
import org.fingertip.registry.campaign.CampaignRequest;
import org.fingertip.registry.campaign.CampaignService;
import org.fingertip.registry.campaign.CampaignState;
import org.fingertip.workflow.campaign.CampaignWorkflow;
import org.fingertip.workflow.recheck.RecheckProcessVariables;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A re-check campaign over the whole pool (基准十八市, every filed app, sample 100 %), launched by the province's
 * supervisor as the page does: the time from the launch until the campaign's batches, run by the job executor, have
 * started every re-check. Afterwards the pool is put back as it was built — its re-check instances deleted in the
 * engine, its re-checks, their work records and the campaign removed, its apps FILED again — so that the next run
 * measures the same campaign. That reset is the benchmark's own housekeeping, never something the application does.
 */
final class CampaignRun {
    private final CampaignWorkflow workflow;
    private final CampaignService campaigns;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;

    CampaignRun(CampaignWorkflow workflow, CampaignService campaigns, RuntimeService runtime, JdbcTemplate jdbc) {
        this.workflow = workflow;
        this.campaigns = campaigns;
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    /** Seconds until every re-check of the campaign was started; the pool is reset afterwards, also on failure. */
    double secondsToStartAll(Actor supervisor, int poolApps, int timeoutSeconds) throws InterruptedException {
        String pool = BenchData.city(BenchData.POOL_CITY).code();
        reset(null);
        long started = System.nanoTime();
        Campaign c = workflow.launch(supervisor, new CampaignRequest(pool, null, null, 100, null));
        try {
            if (c.selected() != poolApps) {
                throw new IllegalStateException("the campaign selected " + c.selected() + " of the pool's "
                        + poolApps + " apps");
            }
            while (true) {
                CampaignProgress p = campaigns.progress(supervisor, c.id());
                if (p.campaign().state() == CampaignState.STARTED && p.pending() == 0) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    if (p.started() != poolApps) {
                        throw new IllegalStateException("started " + p.started() + " of " + poolApps
                                + ", skipped " + p.skipped());
                    }
                    return seconds;
                }
                if ((System.nanoTime() - started) / 1e9 > timeoutSeconds) {
                    throw new IllegalStateException("after " + timeoutSeconds + " s: " + p.started() + " started, "
                            + p.pending() + " pending");
                }
                Thread.sleep(250);
            }
        } finally {
            reset(c.id());
        }
    }

    /** The running re-check instances of the pool's apps (their business key is the app's id). */
    private List<String> poolRechecks(String like) {
        return jdbc.queryForList("SELECT e.ID_ FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_ "
                + "WHERE e.ID_ = e.PROC_INST_ID_ AND d.KEY_ = ? AND e.BUSINESS_KEY_ IN (SELECT CONCAT('', id) FROM app "
                + "WHERE owner_division_path LIKE ?)", String.class, RecheckProcessVariables.PROCESS_KEY, like);
    }

    /** Puts the pool back: no re-check, every app FILED; and removes the campaign when one is named. */
    void reset(Long campaignId) {
        String like = "/" + BenchData.PROVINCE + "/" + BenchData.city(BenchData.POOL_CITY).code() + "/%";
        String apps = "SELECT id FROM app WHERE owner_division_path LIKE ?";
        List<String> instances = poolRechecks(like);
        for (int from = 0; from < instances.size(); from += 500) {
            List<String> chunk = new ArrayList<>(instances.subList(from, Math.min(instances.size(), from + 500)));
            runtime.deleteProcessInstances(chunk, "基准测试复位", true, true);
        }
        if (!poolRechecks(like).isEmpty()) {
            throw new IllegalStateException("the pool's re-check instances were not all deleted");
        }
        String tasks = "SELECT task_id FROM work_task WHERE process_key = ? AND app_id IN (" + apps + ")";
        for (String table : List.of("task_event", "task_copy", "task_reminder")) {
            jdbc.update("DELETE FROM " + table + " WHERE task_id IN (" + tasks + ")",
                    RecheckProcessVariables.PROCESS_KEY, like);
        }
        jdbc.update("DELETE FROM work_task WHERE process_key = ? AND app_id IN (" + apps + ")",
                RecheckProcessVariables.PROCESS_KEY, like);
        if (campaignId != null) {
            jdbc.update("DELETE FROM recheck_campaign_app WHERE campaign_id = ?", campaignId);
            jdbc.update("DELETE FROM recheck_campaign WHERE id = ?", campaignId);
        }
        jdbc.update("DELETE FROM recheck_step WHERE recheck_id IN (SELECT id FROM recheck WHERE app_id IN (" + apps
                + "))", like);
        jdbc.update("DELETE FROM recheck WHERE app_id IN (" + apps + ")", like);
        jdbc.update("DELETE FROM app_status_change WHERE to_status = 'UNDER_RECHECK' AND app_id IN (" + apps + ")",
                like);
        jdbc.update("UPDATE app SET status = 'FILED', version = version + 1 WHERE status = 'UNDER_RECHECK' AND "
                + "owner_division_path LIKE ?", like);
    }
}
