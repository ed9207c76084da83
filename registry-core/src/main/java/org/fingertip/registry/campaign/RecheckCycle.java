package org.fingertip.registry.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fingertip.registry.calendar.WorkingCalendar;

/**
 * The standing cycle (定期复核): every FILED or REGISTERED app is due for a re-check {@code cycleMonths} after it came
 * into that state, plus an offset of up to {@code spreadDays} drawn from its id; an app whose date has already passed
 * (an inventory loaded at once, say) falls due within the next {@code spreadDays} instead. A started re-check removes
 * the due date, and the app is scheduled anew when it is FILED again, so the next re-check is a cycle after this one
 * ended. A background worker calls {@link #scheduleNew} and {@link #due}, and starts what is due.
 */
public final class RecheckCycle {
    private final RecheckSchedule schedule;
    private final RecheckEligibility eligibility;
    private final CycleSettings settings;
    private final Clock clock;

    public RecheckCycle(RecheckSchedule schedule, RecheckEligibility eligibility, CycleSettings settings, Clock clock) {
        this.schedule = schedule;
        this.eligibility = eligibility;
        this.settings = settings;
        this.clock = clock;
    }

    /** Gives due dates to FILED or REGISTERED apps that have none; returns how many. */
    public int scheduleNew() {
        List<RecheckSchedule.Unscheduled> apps = schedule.unscheduled(settings.batchSize() * 5);
        for (RecheckSchedule.Unscheduled app : apps) {
            schedule.schedule(app.appId(), firstDue(app.appId(), app.since()));
        }
        return apps.size();
    }

    /** The apps due now, at most a batch. */
    public List<Long> due() {
        return schedule.dueBy(clock.instant(), settings.batchSize());
    }

    public Optional<String> whyNotStartable(long appId) {
        return eligibility.whyNot(appId);
    }

    /** The app's cycle re-check was started, or it could not be: either way its date is used up. */
    public void done(long appId) {
        schedule.remove(appId);
    }

    /** When an app in FILED or REGISTERED since {@code since} is first due. */
    public Instant firstDue(long appId, Instant since) {
        Duration offset = offset(appId);
        Instant due = since.atZone(WorkingCalendar.ZONE).plusMonths(settings.cycleMonths()).toInstant().plus(offset);
        Instant now = clock.instant();
        return due.isBefore(now) ? now.plus(offset) : due;
    }

    /** The app's offset within the spread, to the second, from its id. */
    Duration offset(long appId) {
        long spreadSeconds = settings.spreadDays() * 86_400L;
        return Duration.ofSeconds(Math.floorMod(CampaignSample.rank(0x5EED_C7C1EL, appId), spreadSeconds));
    }

    public CycleSettings settings() {
        return settings;
    }
}
