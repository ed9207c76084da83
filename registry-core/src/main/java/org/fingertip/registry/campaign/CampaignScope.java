package org.fingertip.registry.campaign;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.DivisionLevel;

/**
 * What a campaign re-checks: the FILED and REGISTERED apps of the units within {@code division} whose kind is in
 * {@code kinds} and whose owner's level is in {@code levels} (an empty set matches all), sampled at {@code samplePercent}
 * with {@code seed}.
 */
public record CampaignScope(Division division, Set<AppKind> kinds, Set<DivisionLevel> levels, int samplePercent,
                            long seed) {

    public CampaignScope {
        Objects.requireNonNull(division, "division");
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        levels = levels == null || levels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(levels));
        if (samplePercent < 1 || samplePercent > 100) {
            throw new IllegalArgumentException("samplePercent must be in [1, 100]: " + samplePercent);
        }
    }
}
