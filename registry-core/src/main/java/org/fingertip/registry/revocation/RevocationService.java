package org.fingertip.registry.revocation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.fingertip.registry.access.AccessPolicy;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.change.ChangeFiling;
import org.fingertip.registry.change.ChangeService;
import org.fingertip.registry.ledger.LedgerItem;
import org.fingertip.registry.ledger.LedgerItems;
import org.fingertip.registry.ledger.LedgerPage;
import org.fingertip.registry.ledger.LedgerQuery;
import org.fingertip.registry.ledger.LedgerService;
import org.fingertip.registry.notice.Notice;
import org.fingertip.registry.notice.NoticeKind;
import org.fingertip.registry.notice.NoticeService;
import org.fingertip.registry.notice.NoticeSubject;
import org.fingertip.registry.notice.Recipients;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.shared.StateConflictException;

/**
 * Revocation of a filing (撤销备案), the one rule for both ways there: a supervisor of the app's jurisdiction decides
 * it with a reason, or — the same supervisor — decides a ledger item still open after its final deadline. Only an app
 * that holds a number and is FILED, RECTIFYING or CHANGE_UNDER_REVIEW can be revoked. Then, in the caller's
 * transaction:
 * <ul>
 *   <li>an open change filing ends (ENDED) and the app leaves change review, both recorded;</li>
 *   <li>the app is REVOKED with the reason (the public lookup shows it revoked since then; the number is never reused);</li>
 *   <li>every other ledger item of the app that is still open ends as REVOKED (nothing is left to rectify);</li>
 *   <li>the owner unit's applicants get a notice.</li>
 * </ul>
 * The caller ends the processes of what ended here (see {@link Revocation}). A re-check, an integration or an exit in
 * progress is not interrupted: the app is then in none of the three states, and the answer is a 409 saying so.
 */
public final class RevocationService {
    public static final int REASON_MAX = 2000;
    /** More open ledger items than this on one app is not a real case; the rest would stay open, so it is refused. */
    private static final int MAX_ITEMS = 500;
    private static final Set<AppStatus> REVOCABLE = EnumSet.of(AppStatus.FILED, AppStatus.RECTIFYING,
            AppStatus.CHANGE_UNDER_REVIEW);

    private final Apps apps;
    private final ChangeService changes;
    private final LedgerService ledger;
    private final LedgerItems ledgerItems;
    private final NoticeService notices;
    private final Clock clock;

    public RevocationService(Apps apps, ChangeService changes, LedgerService ledger, LedgerItems ledgerItems,
                             NoticeService notices, Clock clock) {
        this.apps = apps;
        this.changes = changes;
        this.ledger = ledger;
        this.ledgerItems = ledgerItems;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * What a revocation did: the app (REVOKED), the change it ended (or null), the ledger items it ended (not the
     * item that led to it), and that item (or null for a supervisor's decision).
     */
    public record Revocation(App app, ChangeFiling endedChange, List<LedgerItem> endedItems, LedgerItem overdueItem) {
        public Revocation {
            endedItems = List.copyOf(endedItems);
        }
    }

    /** A supervisor of the jurisdiction revokes the filing by decision, with a reason. */
    public Revocation revoke(Actor actor, long appId, String reason) {
        App app = apps.byId(appId).orElseThrow(() -> new NotFoundException("未找到编号为 " + appId + " 的应用"));
        AccessPolicy.requireVisible(actor, app, appId);
        if (!actor.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("只有督查员可以撤销备案");
        }
        String why = requireReason(reason);
        return revokeApp(actor, app, "督查决定撤销备案：" + why, null);
    }

    /**
     * The supervisor decides a ledger item still open after its final deadline (it was escalated): the item ends as
     * REVOKED and the filing is revoked as by {@link #revoke}.
     */
    public Revocation revokeForOverdueItem(Actor actor, long itemId, String reason) {
        LedgerItem item = ledger.requireSupervisor(actor, itemId);
        String why = requireReason(reason);
        App app = apps.byId(item.appId()).orElseThrow(() -> new NotFoundException("未找到应用 " + item.appId()));
        requireRevocable(app);
        item.revoked(actor.username(), why, clock.instant());
        LedgerItem saved = ledgerItems.save(item);
        return revokeApp(actor, app, "整改逾期未销号（台账 " + itemId + "）：" + why, saved);
    }

    private Revocation revokeApp(Actor actor, App app, String reason, LedgerItem overdueItem) {
        requireRevocable(app);
        Instant now = clock.instant();
        ChangeFiling endedChange = changes.endForRevocation(app, actor.username(), now, "备案已撤销：" + reason)
                .orElse(null);
        app.revoke(actor.username(), now, reason);
        App revoked = apps.save(app);

        List<LedgerItem> ended = new ArrayList<>();
        for (LedgerPage.Row row : openItems(app.id())) {
            if (overdueItem != null && row.id() == overdueItem.id()) {
                continue;
            }
            LedgerItem item = ledgerItems.byId(row.id()).orElseThrow();
            item.endedByRevocation(actor.username(), "应用备案已撤销（" + reason + "），本事项终止", now);
            ended.add(ledgerItems.save(item));
        }

        notices.post(Recipients.applicants(app.owner().code()), NoticeKind.FILING_REVOKED, NoticeSubject.APP,
                app.id(), app.id(), clip("贵单位的应用“" + app.displayName() + "”（备案号 " + app.filingNumber()
                        + "）已被撤销备案，自 " + now.atZone(WorkingCalendar.ZONE)
                        .toLocalDate() + " 起在公开查询中显示为“已撤销”。理由：" + reason
                        + "。请按要求下架并停止服务；如有异议，请与督查部门联系。"));
        return new Revocation(revoked, endedChange, ended, overdueItem);
    }

    /** Whether the app holds a filing that can be revoked now (the page's button; the rules are checked again). */
    public static boolean revocable(App app) {
        return app.filingNumber() != null && REVOCABLE.contains(app.status());
    }

    /** Whether the actor may revoke the app's filing now: a supervisor of its jurisdiction, the filing revocable. */
    public static boolean mayRevoke(Actor actor, App app) {
        return actor.has(Role.SUPERVISOR) && actor.oversees(app.owner().division()) && revocable(app);
    }

    private static void requireRevocable(App app) {
        if (app.filingNumber() == null) {
            throw new StateConflictException("应用“" + app.displayName() + "”没有备案号，无备案可撤销；请启动清理退出",
                    app.status().name());
        }
        if (!REVOCABLE.contains(app.status())) {
            throw new StateConflictException("应用“" + app.displayName() + "”当前状态为“" + app.status().label() + "”（"
                    + app.status() + "），不能撤销备案；只有已备案、整改中或变更审核中的应用可以撤销",
                    app.status().name());
        }
    }

    private List<LedgerPage.Row> openItems(long appId) {
        LedgerPage page = ledgerItems.search(new LedgerQuery(null, null, null, null, null, null, appId, 0, MAX_ITEMS));
        if (page.total() > MAX_ITEMS) {
            throw new IllegalStateException("app " + appId + " has " + page.total() + " ledger items");
        }
        return page.items().stream().filter(r -> !r.state().isFinal()).toList();
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("请填写撤销备案的理由", List.of(new FieldError("reason", "请填写撤销备案的理由")));
        }
        if (reason.length() > REASON_MAX) {
            throw new InvalidInputException("撤销理由过长",
                    List.of(new FieldError("reason", "撤销理由不能超过 " + REASON_MAX + " 个字符")));
        }
        return reason.strip();
    }

    private static String clip(String text) {
        return text.length() <= Notice.TEXT_MAX ? text
                : text.substring(0, Notice.TEXT_MAX - 1) + "…";
    }
}
