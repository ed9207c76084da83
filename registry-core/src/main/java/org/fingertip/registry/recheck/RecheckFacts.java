package org.fingertip.registry.recheck;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.fingertip.registry.app.AppKind;

/**
 * The facts a re-check judges an app on, as the decision table {@code RecheckVerdict} sees them (each component is a
 * variable of the same name). Unknown facts are null, and no rule finds against an app on a fact that is unknown.
 *
 * @param appKind               the {@link AppKind} name; PUBLIC_ACCOUNT is judged on posts, every other kind on updates
 * @param daysSinceLastUpdate   calendar days since the last known update; null when none is known
 * @param daysSinceLastPost     calendar days since the last known content post; null when none is known
 * @param monthsWithUsageData   months of the usage window with a known audience size
 * @param maxMonthlyActiveUsers the highest monthly active users in the window; null without usage data
 * @param averageUsageRatio     the mean over those months of monthly active users / audience size; null without
 *                              usage data
 * @param servicesAnswer        whether the services answered when last probed; null when never probed
 * @param duplicateApps         other filed apps of the owner's city offering at least the pre-check's threshold share
 *                              of the app's functions
 * @param platformOverlaps      functions the unified platform already offers (once per platform offering one)
 * @param burdenReporters       distinct observers who reported a burden in the rolling window
 * @param bannedFeatures        banned features (the five bans) the pre-check would refuse in the app's form today
 * @param selfInspection        what the owner's self-inspection proposes: NONE (no answer), KEEP, RECTIFY, INTEGRATE
 *                              or EXIT
 */
public record RecheckFacts(
        String appKind,
        Integer daysSinceLastUpdate,
        Integer daysSinceLastPost,
        int monthsWithUsageData,
        Long maxMonthlyActiveUsers,
        Double averageUsageRatio,
        Boolean servicesAnswer,
        int duplicateApps,
        int platformOverlaps,
        int burdenReporters,
        int bannedFeatures,
        String selfInspection) {

    /** The self-inspection value when the owner has not answered. */
    public static final String NO_SELF_INSPECTION = "NONE";

    public RecheckFacts {
        Objects.requireNonNull(appKind, "appKind");
        AppKind.valueOf(appKind);
        if ((daysSinceLastUpdate != null && daysSinceLastUpdate < 0)
                || (daysSinceLastPost != null && daysSinceLastPost < 0)) {
            throw new IllegalArgumentException("days since the last update or post must not be negative");
        }
        if (monthsWithUsageData < 0) {
            throw new IllegalArgumentException("monthsWithUsageData must not be negative: " + monthsWithUsageData);
        }
        boolean noUsage = monthsWithUsageData == 0;
        if (noUsage != (averageUsageRatio == null) || noUsage != (maxMonthlyActiveUsers == null)) {
            throw new IllegalArgumentException(
                    "averageUsageRatio and maxMonthlyActiveUsers are null exactly when there are no months of usage data");
        }
        if ((averageUsageRatio != null && !(averageUsageRatio >= 0))
                || (maxMonthlyActiveUsers != null && maxMonthlyActiveUsers < 0)) {
            throw new IllegalArgumentException("usage must not be negative");
        }
        if (duplicateApps < 0 || platformOverlaps < 0 || burdenReporters < 0 || bannedFeatures < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        Objects.requireNonNull(selfInspection, "selfInspection");
        if (!selfInspection.equals(NO_SELF_INSPECTION)) {
            Verdict.valueOf(selfInspection);
        }
    }

    /** What the re-check found by counting, apart from usage. */
    public record Counts(int duplicateApps, int platformOverlaps, int burdenReporters, int bannedFeatures) {

        public static Counts none() {
            return new Counts(0, 0, 0, 0);
        }
    }

    /**
     * Computes the facts from what is known month by month.
     *
     * <p>The usage window is the {@code usageWindowMonths} full months before {@code today}'s month (the current month
     * is not over, so its users are not counted yet). The last update and post are the latest known in any month; the
     * services' answer is that of the latest month.
     *
     * @param usage          at most one entry a month, none after {@code today}'s month, in any order
     * @param selfInspection what the owner proposes; null when the owner has not answered
     */
    public static RecheckFacts from(AppKind kind, List<MonthlyUsage> usage, LocalDate today, Counts counts,
            Verdict selfInspection, RecheckSettings settings) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(counts, "counts");
        YearMonth current = YearMonth.from(today);
        Set<YearMonth> seen = new HashSet<>();
        for (MonthlyUsage u : usage) {
            if (u.month().isAfter(current)) {
                throw new IllegalArgumentException("usage for " + u.month() + " is after today " + today);
            }
            if (!seen.add(u.month())) {
                throw new IllegalArgumentException("usage for " + u.month() + " is given twice");
            }
        }
        YearMonth first = current.minusMonths(settings.usageWindowMonths());
        List<MonthlyUsage> window = usage.stream()
                .filter(u -> !u.month().isBefore(first) && u.month().isBefore(current))
                .filter(MonthlyUsage::hasUsageData)
                .toList();
        Long maxMau = window.stream().map(MonthlyUsage::mau).max(Comparator.naturalOrder()).orElse(null);
        Double averageRatio = window.isEmpty() ? null
                : window.stream().mapToDouble(MonthlyUsage::usageRatio).average().orElseThrow();
        Boolean servicesAnswer = usage.stream().max(Comparator.comparing(MonthlyUsage::month))
                .map(MonthlyUsage::servicesAnswer).orElse(null);
        return new RecheckFacts(
                kind.name(),
                daysSince(latest(usage, MonthlyUsage::lastUpdate), today),
                daysSince(latest(usage, MonthlyUsage::lastPost), today),
                window.size(),
                maxMau,
                averageRatio,
                servicesAnswer,
                counts.duplicateApps(),
                counts.platformOverlaps(),
                counts.burdenReporters(),
                counts.bannedFeatures(),
                selfInspection == null ? NO_SELF_INSPECTION : selfInspection.name());
    }

    private static Optional<LocalDate> latest(List<MonthlyUsage> usage, Function<MonthlyUsage, LocalDate> date) {
        return usage.stream().map(date).filter(Objects::nonNull).max(Comparator.naturalOrder());
    }

    private static Integer daysSince(Optional<LocalDate> date, LocalDate today) {
        if (date.isEmpty()) {
            return null;
        }
        if (date.get().isAfter(today)) {
            throw new IllegalArgumentException("date " + date.get() + " is after today " + today);
        }
        return Math.toIntExact(ChronoUnit.DAYS.between(date.get(), today));
    }
}
