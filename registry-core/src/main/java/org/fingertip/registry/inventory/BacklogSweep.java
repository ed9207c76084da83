package org.fingertip.registry.inventory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.evaluation.AppLocks;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerItem;
import org.fingertip.registry.ledger.LedgerSource;
import org.fingertip.registry.notice.Notice;
import org.fingertip.registry.notice.NoticeKind;
import org.fingertip.registry.notice.NoticeService;
import org.fingertip.registry.notice.NoticeSubject;
import org.fingertip.registry.notice.Recipients;
import org.fingertip.registry.shared.StateConflictException;

/**
 * The daily sweep of the backlog: an app still LIVE_UNFILED after its filing deadline is put on the rectification
 * ledger (category UNFILED, source INVENTORY) and proposed for a directed exit (限期关停) to the supervisors of its
 * city (the province's for a provincial unit) by a notice; both are recorded in one {@link OverdueRecord}, so that
 * an app is swept once, ever, however often the sweep runs. The exit itself is the supervisor's decision, taken in
 * the clearance process. Callers hold the transaction: one app's ledger item, notice and record commit together.
 */
public final class BacklogSweep {
    private final Inventory inventory;
    private final Apps apps;
    private final AppLocks locks;
    private final NoticeService notices;
    private final InventorySettings settings;
    private final Clock clock;

    public BacklogSweep(Inventory inventory, Apps apps, AppLocks locks, NoticeService notices,
                        InventorySettings settings, Clock clock) {
        this.inventory = inventory;
        this.apps = apps;
        this.locks = locks;
        this.notices = notices;
        this.settings = settings;
        this.clock = clock;
    }

    /** Opens a ledger item for an app, and starts whatever follows it (the ledger's process). */
    @FunctionalInterface
    public interface LedgerOpener {
        LedgerItem open(App app, LedgerCategory category, String finding, LedgerSource source, String sourceRef);
    }

    /** What one batch did: how many apps were due, how many were swept, and whether another batch may find more. */
    public record Batch(int due, int swept, boolean more) {
    }

    /**
     * Sweeps a batch of the apps overdue now. Another batch is worth running when this one was full and swept
     * something (a full batch of apps that could not be swept would only be found again).
     */
    public Batch runBatch(LedgerOpener ledger) {
        List<Long> due = due();
        int swept = 0;
        for (long appId : due) {
            if (sweep(appId, clock.instant(), ledger).isPresent()) {
                swept++;
            }
        }
        return new Batch(due.size(), swept, swept > 0 && due.size() >= settings.sweepBatchSize());
    }

    /** The apps overdue now and not yet swept, earliest deadline first: at most a batch. */
    public List<Long> due() {
        return inventory.overdueWithoutRecord(today(clock.instant()), settings.filingDeadline(),
                settings.sweepBatchSize());
    }

    /**
     * Sweeps one app as of {@code asOf}: if it is still LIVE_UNFILED, its deadline passed before that day and it was
     * never swept, opens its ledger item, posts the proposal and records both. The app's row is locked first, so two
     * sweeps of one app run one after the other and the second finds the record.
     *
     * @return the record made, or empty when there was nothing to do
     */
    public Optional<OverdueRecord> sweep(long appId, Instant asOf, LedgerOpener ledger) {
        locks.lock(appId);
        if (inventory.overdueRecord(appId).isPresent()) {
            return Optional.empty();
        }
        App app = apps.byId(appId).orElse(null);
        if (app == null || app.status() != AppStatus.LIVE_UNFILED) {
            return Optional.empty();
        }
        LocalDate deadline = inventory.byApp(appId).map(InventoryEntry::filingDeadline)
                .orElse(settings.filingDeadline());
        LocalDate day = today(asOf);
        if (deadline == null || !day.isAfter(deadline)) {
            return Optional.empty();
        }
        long late = ChronoUnit.DAYS.between(deadline, day);
        String who = "“" + app.displayName() + "”（" + app.owner().name() + "，应用编号 " + appId + "）";
        LedgerItem item = ledger.open(app, LedgerCategory.UNFILED,
                who + "在用未备案：应于 " + deadline + " 前完成备案，已逾期 " + late + " 天。请主办单位立即提交备案；"
                        + "逾期仍不备案的，由督查员依规定向退出（限期关停）。",
                LedgerSource.INVENTORY, "backlog:" + appId);
        String recipient = Recipients.supervisors(app.owner().division().cityCode());
        Notice notice = notices.post(recipient, NoticeKind.FILING_OVERDUE, NoticeSubject.APP, appId, appId,
                who + "备案期限 " + deadline + " 已过（逾期 " + late + " 天）仍未备案，已挂账（台账 " + item.id()
                        + "）。建议定向退出（限期关停），请研究决定。");
        OverdueRecord record = new OverdueRecord(appId, deadline, item.id(), notice.id(), recipient, clock.instant());
        if (!inventory.record(record)) {
            // another sweep recorded it meanwhile, although the app's lock should have kept it out: undo this one
            throw new StateConflictException("应用 " + appId + " 的逾期未备案已由另一次清理处理", app.status().name());
        }
        return Optional.of(record);
    }

    public InventorySettings settings() {
        return settings;
    }

    private static LocalDate today(Instant instant) {
        return LocalDate.ofInstant(instant, WorkingCalendar.ZONE);
    }
}
