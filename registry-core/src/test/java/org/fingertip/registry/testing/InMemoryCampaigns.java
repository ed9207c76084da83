package org.fingertip.registry.testing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.campaign.Campaign;
import org.fingertip.registry.campaign.CampaignMember;
import org.fingertip.registry.campaign.CampaignProgress;
import org.fingertip.registry.campaign.Campaigns;
import org.fingertip.registry.campaign.MemberState;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.recheck.Recheck;
import org.fingertip.registry.recheck.Verdict;

/** Campaigns in memory, over the in-memory apps and re-checks (for the eligible apps and the progress). */
public final class InMemoryCampaigns implements Campaigns {
    private final InMemoryApps apps;
    private final InMemoryRechecks rechecks;
    private final Map<Long, Campaign> rows = new TreeMap<>();
    private final Map<Long, Map<Long, CampaignMember>> members = new LinkedHashMap<>();
    private long lastId;

    public InMemoryCampaigns(InMemoryApps apps, InMemoryRechecks rechecks) {
        this.apps = apps;
        this.rechecks = rechecks;
    }

    @Override
    public synchronized Campaign save(Campaign campaign) {
        if (campaign.id() == null) {
            campaign.saved(++lastId);
        }
        rows.put(campaign.id(), copy(campaign));
        return campaign;
    }

    @Override
    public synchronized Optional<Campaign> byId(long id) {
        return Optional.ofNullable(rows.get(id)).map(InMemoryCampaigns::copy);
    }

    @Override
    public synchronized List<Campaign> within(String divisionPath, int limit) {
        return rows.values().stream().filter(c -> c.division().path().startsWith(divisionPath))
                .sorted((a, b) -> Long.compare(b.id(), a.id())).limit(limit).map(InMemoryCampaigns::copy).toList();
    }

    @Override
    public synchronized List<Long> eligibleApps(String divisionPath, Set<AppKind> kinds, Set<DivisionLevel> levels) {
        return apps.all().stream()
                .filter(a -> a.status().isRecheckable())
                .filter(a -> a.owner().division().path().startsWith(divisionPath))
                .filter(a -> kinds.isEmpty() || kinds.contains(a.form().kind()))
                .filter(a -> levels.isEmpty() || levels.contains(a.owner().level()))
                .map(App::id).sorted().toList();
    }

    @Override
    public synchronized void addMembers(long campaignId, List<Long> appIds) {
        Map<Long, CampaignMember> m = members.computeIfAbsent(campaignId, k -> new TreeMap<>());
        for (long appId : appIds) {
            if (m.containsKey(appId)) {
                throw new IllegalStateException("app " + appId + " is already a member of campaign " + campaignId);
            }
            String name = apps.byId(appId).map(App::displayName).orElseThrow();
            m.put(appId, new CampaignMember(campaignId, appId, name, MemberState.PENDING, null, null));
        }
    }

    @Override
    public synchronized List<Long> pending(long campaignId, int limit) {
        return members(campaignId).values().stream().filter(m -> m.state() == MemberState.PENDING)
                .map(CampaignMember::appId).limit(limit).toList();
    }

    @Override
    public synchronized void memberStarted(long campaignId, long appId, long recheckId) {
        change(campaignId, appId, MemberState.STARTED, recheckId, null);
    }

    @Override
    public synchronized void memberSkipped(long campaignId, long appId, String reason) {
        change(campaignId, appId, MemberState.SKIPPED, null, reason);
    }

    @Override
    public synchronized List<CampaignMember> members(long campaignId, int offset, int limit) {
        return members(campaignId).values().stream().skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized CampaignProgress progress(Campaign campaign) {
        int started = 0;
        int skipped = 0;
        int pending = 0;
        int answered = 0;
        int concluded = 0;
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (CampaignMember m : members(campaign.id()).values()) {
            switch (m.state()) {
                case PENDING -> pending++;
                case SKIPPED -> skipped++;
                case STARTED -> {
                    started++;
                    Recheck r = rechecks.byId(m.recheckId()).orElseThrow();
                    if (r.answeredAt() != null) {
                        answered++;
                    }
                    if (r.concludedAt() != null) {
                        concluded++;
                    }
                    if (r.confirmed() != null) {
                        verdicts.merge(r.confirmed(), 1, Integer::sum);
                    }
                }
            }
        }
        return new CampaignProgress(campaign, started, skipped, pending, answered, concluded, verdicts);
    }

    private Map<Long, CampaignMember> members(long campaignId) {
        return members.getOrDefault(campaignId, Map.of());
    }

    private void change(long campaignId, long appId, MemberState state, Long recheckId, String note) {
        Map<Long, CampaignMember> m = members.get(campaignId);
        CampaignMember old = m == null ? null : m.get(appId);
        if (old == null || old.state() != MemberState.PENDING) {
            throw new IllegalStateException("app " + appId + " is not pending in campaign " + campaignId);
        }
        m.put(appId, new CampaignMember(campaignId, appId, old.appName(), state, recheckId, note));
    }

    private static Campaign copy(Campaign c) {
        return Campaign.restore(c.id(), c.division(), c.kinds(), c.levels(), c.samplePercent(), c.seed(),
                c.eligible(), c.selected(), c.state(), c.launchedBy(), c.launchedAt(), c.allStartedAt());
    }

    /** Every member, for assertions. */
    public synchronized List<CampaignMember> allMembers(long campaignId) {
        return new ArrayList<>(members(campaignId).values());
    }
}
