package org.fingertip.registry.campaign;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.shared.StateConflictException;

/**
 * A re-check campaign (专项复核): its scope (a division subtree, kinds and levels; empty sets match all), the sample
 * percentage and the seed it was drawn with, how many apps were selected, and whether all their re-checks have been
 * started. The sampled apps themselves are the campaign's members (see {@link Campaigns}).
 */
public final class Campaign {
    private Long id;
    private final Division division;
    private final Set<AppKind> kinds;
    private final Set<DivisionLevel> levels;
    private final int samplePercent;
    private final long seed;
    private final int eligible;
    private final int selected;
    private CampaignState state;
    private final String launchedBy;
    private final Instant launchedAt;
    private Instant allStartedAt;

    private Campaign(Long id, Division division, Set<AppKind> kinds,
                     Set<DivisionLevel> levels, int samplePercent, long seed,
                     int eligible, int selected, CampaignState state, String launchedBy, Instant launchedAt,
                     Instant allStartedAt) {
        this.id = id;
        this.division = Objects.requireNonNull(division, "division");
        this.kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        this.levels = levels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(levels));
        this.samplePercent = samplePercent;
        this.seed = seed;
        this.eligible = eligible;
        this.selected = selected;
        this.state = Objects.requireNonNull(state, "state");
        this.launchedBy = Objects.requireNonNull(launchedBy, "launchedBy");
        this.launchedAt = Objects.requireNonNull(launchedAt, "launchedAt");
        this.allStartedAt = allStartedAt;
    }

    /** A campaign just launched: its {@code selected} apps wait to be started. */
    public static Campaign launch(CampaignScope scope, int eligible, int selected, String launchedBy, Instant now) {
        return new Campaign(null, scope.division(), scope.kinds(), scope.levels(), scope.samplePercent(),
                scope.seed(), eligible, selected, CampaignState.STARTING, launchedBy, now, null);
    }

    public static Campaign restore(long id, Division division, Set<AppKind> kinds,
                                   Set<DivisionLevel> levels, int samplePercent,
                                   long seed, int eligible, int selected, CampaignState state, String launchedBy,
                                   Instant launchedAt, Instant allStartedAt) {
        return new Campaign(id, division, kinds, levels, samplePercent, seed, eligible, selected, state, launchedBy,
                launchedAt, allStartedAt);
    }

    /** Every member's re-check has been started or skipped. */
    public void allStarted(Instant now) {
        if (state != CampaignState.STARTING) {
            throw new StateConflictException("专项复核 " + id + " 已全部启动", state.name());
        }
        state = CampaignState.STARTED;
        allStartedAt = now;
    }

    public void saved(long assignedId) {
        if (id == null) {
            id = assignedId;
        }
    }

    public CampaignScope scope() {
        return new CampaignScope(division, kinds, levels, samplePercent, seed);
    }

    public Long id() { return id; }
    public Division division() { return division; }
    public Set<AppKind> kinds() { return kinds; }
    public Set<DivisionLevel> levels() { return levels; }
    public int samplePercent() { return samplePercent; }
    public long seed() { return seed; }
    /** The apps of the scope that could be re-checked when the campaign was launched. */
    public int eligible() { return eligible; }
    public int selected() { return selected; }
    public CampaignState state() { return state; }
    public String launchedBy() { return launchedBy; }
    public Instant launchedAt() { return launchedAt; }
    public Instant allStartedAt() { return allStartedAt; }
}
