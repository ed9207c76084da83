package org.fingertip.registry.ledger;

import java.time.Clock;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.StateConflictException;

/**
 * The use cases of the rectification ledger. The owner unit's applicants report fixes; the reviewers of the city's
 * (or, for a provincial unit, the province's) cyberspace office verify them; the supervisors of that jurisdiction open
 * items and extend deadlines once; an item still open after its final deadline leads to the revocation of the filing,
 * which is the revocation's use case ({@code RevocationService#revokeForOverdueItem}). Callers hold the transaction;
 * the ledger process orders the steps.
 */
public final class LedgerService {
    private final LedgerItems items;
    private final Apps apps;
    private final LedgerSettings settings;
    private final Clock clock;

    public LedgerService(LedgerItems items, Apps apps, LedgerSettings settings, Clock clock) {
        this.items = items;
        this.apps = apps;
        this.settings = settings;
        this.clock = clock;
    }

    /** A supervisor puts a finding on the ledger (source SUPERVISOR). */
    public LedgerItem open(Actor actor, long appId, LedgerCategory category, String finding) {
        if (!actor.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("只有督查员可以挂账");
        }
        App app = apps.byId(appId).filter(a -> actor.oversees(a.owner().division()))
                .orElseThrow(() -> new NotFoundException("未找到编号为 " + appId + " 的应用"));
        if (category == null) {
            throw new InvalidInputException("请选择问题类别", List.of(new FieldError("category", "请选择问题类别")));
        }
        return openFor(app, category, finding, LedgerSource.SUPERVISOR, null, actor.username());
    }

    /** An item opened by the system, for a re-check verdict or burden reports. */
    public LedgerItem openFor(App app, LedgerCategory category, String finding, LedgerSource source, String sourceRef,
                              String actor) {
        if (app.status().isFinal()) {
            throw new StateConflictException("应用“" + app.displayName() + "”已" + app.status().label() + "，不能挂账",
                    app.status().name());
        }
        return items.save(LedgerItem.open(app.id(), app.displayName(), app.owner(), category, finding, source,
                sourceRef, actor, clock.instant(), settings));
    }

    /** The owner unit reports the item fixed, with evidence. */
    public LedgerItem reportFixed(Actor actor, long itemId, String evidence) {
        LedgerItem item = visible(actor, itemId);
        if (!actor.has(Role.APPLICANT) || !actor.worksFor(item.owner().code())) {
            throw new ForbiddenException("只有主办单位的经办人可以报告整改完成");
        }
        item.reportFixed(actor.username(), evidence, clock.instant());
        return items.save(item);
    }

    /** A reviewer of the office verifies the fix: closes the item (销号) or sends it back. */
    public LedgerItem verify(Actor actor, long itemId, Boolean accepted, String comment) {
        LedgerItem item = requireVerifier(actor, itemId);
        if (accepted == null) {
            throw new InvalidInputException("请选择核验结论",
                    List.of(new FieldError("accepted", "请填写 true（销号）或 false（退回整改）")));
        }
        item.verify(actor.username(), accepted, comment, clock.instant());
        return items.save(item);
    }

    /** The item a reviewer may verify: 404 outside the jurisdiction, 403 for others or for the one who reported it. */
    public LedgerItem requireVerifier(Actor actor, long itemId) {
        LedgerItem item = visible(actor, itemId);
        if (!actor.has(Role.REVIEWER) || actor.jurisdiction() == null
                || !actor.jurisdiction().code().equals(officeOf(item))) {
            throw new ForbiddenException("整改核验由 " + officeOf(item) + " 网信部门审核员负责");
        }
        if (actor.username().equals(item.reportedBy())) {
            throw new ForbiddenException("报告整改的人不能核验自己的整改");
        }
        return item;
    }

    /** The supervisor extends the deadline once. */
    public LedgerItem extend(Actor actor, long itemId, String reason) {
        LedgerItem item = requireSupervisor(actor, itemId);
        item.extend(actor.username(), reason, clock.instant(), settings);
        return items.save(item);
    }

    /**
     * The deadline passed. An item still waiting for its owner is escalated to the supervisor; an item reported fixed
     * and waiting for verification is not the owner's delay.
     *
     * @return true when escalated
     */
    public boolean deadlinePassed(long itemId) {
        LedgerItem item = byId(itemId);
        if (!item.state().awaitsOwner() || !item.isOverdue(clock.instant())) {
            return false;
        }
        item.escalate(clock.instant());
        items.save(item);
        return true;
    }

    public LedgerItem visible(Actor actor, long itemId) {
        LedgerItem item = byId(itemId);
        boolean owner = actor.has(Role.APPLICANT) && actor.worksFor(item.owner().code());
        boolean overseer = actor.oversees(item.owner().division())
                && (actor.has(Role.REVIEWER) || actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN));
        if (!owner && !overseer && !actor.isSystem()) {
            throw new NotFoundException("未找到编号为 " + itemId + " 的台账事项");
        }
        return item;
    }

    public List<LedgerStep> steps(Actor actor, long itemId) {
        visible(actor, itemId);
        return items.steps(itemId);
    }

    /** The ledger within the actor's unit (applicant) or jurisdiction (others). */
    public LedgerPage search(Actor actor, LedgerState state, boolean overdue, String department, LedgerCategory category,
                             int page, int size) {
        return search(actor, state, overdue, false, department, category, page, size);
    }

    /** The same, {@code open} keeping the items not finished (neither closed nor revoked). */
    public LedgerPage search(Actor actor, LedgerState state, boolean overdue, boolean open, String department,
                             LedgerCategory category, int page, int size) {
        String dept = department == null || department.isBlank() ? null : department.strip();
        java.time.Instant overdueAt = overdue ? clock.instant() : null;
        boolean overseer = actor.has(Role.REVIEWER) || actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN);
        if (overseer && actor.jurisdiction() != null) {
            return items.search(new LedgerQuery(actor.jurisdiction().path(), null, state, overdueAt, dept, category,
                    null, page, size, open));
        }
        if (actor.has(Role.APPLICANT) && actor.unit() != null) {
            return items.search(new LedgerQuery(actor.unit().division().path(), actor.unit().code(), state, overdueAt,
                    dept, category, null, page, size, open));
        }
        return new LedgerPage(List.of(), 0, page, size);
    }

    /** One app's items the actor may see (its unit's for an applicant, its jurisdiction's for others), deadline first. */
    public LedgerPage ofApp(Actor actor, App app, int limit) {
        boolean overseer = actor.has(Role.REVIEWER) || actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN);
        if (overseer && actor.jurisdiction() != null) {
            return items.search(new LedgerQuery(actor.jurisdiction().path(), null, null, null, null, null, app.id(), 0,
                    limit));
        }
        if (actor.has(Role.APPLICANT) && actor.worksFor(app.owner().code())) {
            return items.search(new LedgerQuery(actor.unit().division().path(), actor.unit().code(), null, null, null,
                    null, app.id(), 0, limit));
        }
        return new LedgerPage(List.of(), 0, 0, limit);
    }

    /** The cyberspace office that verifies fixes for the owner: its city's, or the province's for a provincial unit. */
    public static String officeOf(LedgerItem item) {
        return item.owner().division().cityCode();
    }

    /** An item the actor may see and decide as a supervisor: 404 outside the jurisdiction, 403 for other roles. */
    public LedgerItem requireSupervisor(Actor actor, long itemId) {
        LedgerItem item = visible(actor, itemId);
        if (!actor.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("只有督查员可以延期或撤销备案");
        }
        return item;
    }

    private LedgerItem byId(long itemId) {
        return items.byId(itemId).orElseThrow(() -> new NotFoundException("未找到编号为 " + itemId + " 的台账事项"));
    }
}
