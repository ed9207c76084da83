package org.fingertip.registry.campaign;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.department.DivisionLevel;

/** Port: re-check campaigns and their members. */
public interface Campaigns {

    /** Inserts a new campaign or stores a changed state. */
    Campaign save(Campaign campaign);

    Optional<Campaign> byId(long id);

    /** The newest campaigns whose scope lies within the division path, at most {@code limit}. */
    List<Campaign> within(String divisionPath, int limit);

    /**
     * The ids of the FILED and REGISTERED apps owned within the division path, of the given kinds and owner levels
     * (an empty set matches all), in ascending order.
     */
    List<Long> eligibleApps(String divisionPath, Set<AppKind> kinds, Set<DivisionLevel> levels);

    /** Adds the sampled apps as PENDING members; an app is a member of a campaign once. */
    void addMembers(long campaignId, List<Long> appIds);

    /** Up to {@code limit} PENDING members, lowest app id first. */
    List<Long> pending(long campaignId, int limit);

    void memberStarted(long campaignId, long appId, long recheckId);

    void memberSkipped(long campaignId, long appId, String reason);

    /** The members in app id order, a page at a time. */
    List<CampaignMember> members(long campaignId, int offset, int limit);

    /** The counts behind {@link CampaignProgress}, read in one go. */
    CampaignProgress progress(Campaign campaign);
}
