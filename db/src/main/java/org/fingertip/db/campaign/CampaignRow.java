package org.fingertip.db.campaign;

import java.time.Instant;

import org.fingertip.registry.campaign.CampaignState;

/** A recheck_campaign row as MyBatis reads and writes it. */
public class CampaignRow {
    public Long id;
    public String divisionCode;
    public String divisionPath;
    public String kinds;
    public String levels;
    public int samplePercent;
    public long seed;
    public int eligible;
    public int selected;
    public CampaignState state;
    public String launchedBy;
    public Instant launchedAt;
    public Instant allStartedAt;
}
