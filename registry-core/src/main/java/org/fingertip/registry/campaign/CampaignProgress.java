package org.fingertip.registry.campaign;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.fingertip.registry.recheck.Verdict;

/**
 * How far a campaign has come: of its selected apps, how many re-checks were started, skipped (with a reason on the
 * member) or still wait for their batch; how many owners answered the self-inspection; how many re-checks concluded;
 * and the confirmed verdicts by kind (all four kinds present, zero when none).
 */
public record CampaignProgress(Campaign campaign, int started, int skipped, int pending, int answered, int concluded,
                               Map<Verdict, Integer> verdicts) {

    public CampaignProgress {
        EnumMap<Verdict, Integer> all = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            all.put(v, verdicts.getOrDefault(v, 0));
        }
        verdicts = Collections.unmodifiableMap(all);
    }

    public int selected() {
        return campaign.selected();
    }
}
