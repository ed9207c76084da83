package org.fingertip.registry.campaign;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Draws a campaign's sample reproducibly: each eligible app gets a pseudo-random rank from the seed and its id, and the
 * lowest {@code ceil(n × percent / 100)} ranks are taken. The same seed over the same apps draws the same sample on any
 * machine; an app added to or removed from the scope moves at most one other app in or out.
 */
public final class CampaignSample {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private CampaignSample() {
    }

    /** How many of {@code eligible} apps a sample of {@code percent} takes: rounded up, so 1% of 1 app is 1 app. */
    public static int size(int eligible, int percent) {
        return (int) ((eligible * (long) percent + 99) / 100);
    }

    /** The sampled app ids, in ascending order. */
    public static List<Long> draw(Collection<Long> eligible, int percent, long seed) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("percent must be in [1, 100]: " + percent);
        }
        int k = size(eligible.size(), percent);
        return eligible.stream().distinct()
                .sorted(Comparator.<Long>comparingLong(id -> rank(seed, id)).thenComparingLong(id -> id))
                .limit(k)
                .sorted()
                .toList();
    }

    /** SplitMix64's finaliser over the seed and the id: well spread, and the same in every JVM. */
    static long rank(long seed, long id) {
        long z = seed + GOLDEN * (id + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
