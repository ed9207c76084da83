package org.fingertip.db.campaign;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.campaign.Campaign;
import org.fingertip.registry.campaign.CampaignMember;
import org.fingertip.registry.campaign.CampaignProgress;
import org.fingertip.registry.campaign.Campaigns;
import org.fingertip.registry.campaign.MemberState;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.recheck.Verdict;
import org.fingertip.registry.shared.StateConflictException;
import org.springframework.stereotype.Repository;

/** Campaigns on MyBatis: members inserted a thousand rows a statement, progress counted in one grouped query. */
@Repository
public class MyBatisCampaigns implements Campaigns {
    /** Rows per multi-row INSERT of members. */
    static final int MEMBER_CHUNK = 1000;

    private final CampaignMapper mapper;
    private final Departments departments;

    public MyBatisCampaigns(CampaignMapper mapper, Departments departments) {
        this.mapper = mapper;
        this.departments = departments;
    }

    @Override
    public Campaign save(Campaign c) {
        CampaignRow row = new CampaignRow();
        row.id = c.id();
        row.divisionCode = c.division().code();
        row.divisionPath = c.division().path();
        row.kinds = names(c.kinds());
        row.levels = names(c.levels());
        row.samplePercent = c.samplePercent();
        row.seed = c.seed();
        row.eligible = c.eligible();
        row.selected = c.selected();
        row.state = c.state();
        row.launchedBy = c.launchedBy();
        row.launchedAt = c.launchedAt();
        row.allStartedAt = c.allStartedAt();
        if (c.id() == null) {
            mapper.insert(row);
            c.saved(row.id);
        } else if (mapper.updateState(row) == 0) {
            throw new IllegalStateException("no campaign " + c.id() + " to update");
        }
        return c;
    }

    @Override
    public Optional<Campaign> byId(long id) {
        return Optional.ofNullable(mapper.byId(id)).map(this::toCampaign);
    }

    @Override
    public List<Campaign> within(String divisionPath, int limit) {
        return mapper.within(divisionPath, limit).stream().map(this::toCampaign).toList();
    }

    @Override
    public List<Long> eligibleApps(String divisionPath, Set<AppKind> kinds, Set<DivisionLevel> levels) {
        return mapper.eligibleApps(divisionPath, kinds.stream().map(Enum::name).sorted().toList(),
                levels.stream().map(Enum::name).sorted().toList(), CampaignMapper.RECHECKABLE);
    }

    @Override
    public void addMembers(long campaignId, List<Long> appIds) {
        for (int from = 0; from < appIds.size(); from += MEMBER_CHUNK) {
            mapper.insertMembers(campaignId, appIds.subList(from, Math.min(appIds.size(), from + MEMBER_CHUNK)));
        }
    }

    @Override
    public List<Long> pending(long campaignId, int limit) {
        return mapper.pending(campaignId, limit);
    }

    @Override
    public void memberStarted(long campaignId, long appId, long recheckId) {
        change(campaignId, appId, MemberState.STARTED, recheckId, null);
    }

    @Override
    public void memberSkipped(long campaignId, long appId, String reason) {
        String note = reason == null || reason.length() <= 200 ? reason : reason.substring(0, 200);
        change(campaignId, appId, MemberState.SKIPPED, null, note);
    }

    @Override
    public List<CampaignMember> members(long campaignId, int offset, int limit) {
        return mapper.members(campaignId, offset, limit);
    }

    @Override
    public CampaignProgress progress(Campaign campaign) {
        int started = 0;
        int skipped = 0;
        int pending = 0;
        int answered = 0;
        int concluded = 0;
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (ProgressRow r : mapper.progress(campaign.id())) {
            switch (MemberState.valueOf(r.memberState)) {
                case PENDING -> pending += r.members;
                case SKIPPED -> skipped += r.members;
                case STARTED -> {
                    started += r.members;
                    answered += r.answered;
                    concluded += r.concluded;
                    if (r.verdict != null) {
                        verdicts.merge(Verdict.valueOf(r.verdict), r.members, Integer::sum);
                    }
                }
            }
        }
        return new CampaignProgress(campaign, started, skipped, pending, answered, concluded, verdicts);
    }

    private void change(long campaignId, long appId, MemberState state, Long recheckId, String note) {
        if (mapper.updateMember(campaignId, appId, state.name(), recheckId, note) == 0) {
            throw new StateConflictException("专项复核 " + campaignId + " 中的应用 " + appId + " 已处理", state.name());
        }
    }

    private Campaign toCampaign(CampaignRow r) {
        Division division = departments.division(r.divisionCode)
                .orElseThrow(() -> new IllegalStateException("campaign " + r.id + " names unknown division "
                        + r.divisionCode));
        return Campaign.restore(r.id, division, parse(r.kinds, AppKind.class), parse(r.levels, DivisionLevel.class),
                r.samplePercent, r.seed, r.eligible, r.selected, r.state, r.launchedBy, r.launchedAt, r.allStartedAt);
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> parse(String names, Class<E> type) {
        if (names == null || names.isBlank()) {
            return Set.of();
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        Arrays.stream(names.split(",")).map(String::strip).forEach(n -> set.add(Enum.valueOf(type, n)));
        return set;
    }
}
