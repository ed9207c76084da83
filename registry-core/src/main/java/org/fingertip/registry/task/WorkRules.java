package org.fingertip.registry.task;

import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.notice.Recipients;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.shared.StateConflictException;

/**
 * Who may work, hand on and urge a task. A task belongs to a group named like {@code reviewer:420100}: its members may
 * claim it; its holder may complete, unclaim, transfer (转办) or delegate (委派) it; a delegate may only resolve it back
 * to its owner; a transfer or delegation goes only to an active member of the same group (the right role, in the
 * task's jurisdiction). Whether the actor may see the case at all is checked before, by the app's access rules.
 */
public final class WorkRules {
    private WorkRules() {
    }

    public static boolean isMember(Actor actor, WorkItem item) {
        return item.candidateGroup() != null && Recipients.of(actor).contains(item.candidateGroup());
    }

    public static boolean holds(Actor actor, WorkItem item) {
        return actor.username().equals(item.assignee());
    }

    public static void requireOpen(WorkItem item) {
        if (!item.isOpen()) {
            throw new StateConflictException("任务“" + item.name() + "”已" + item.state().label() + "，不能再操作",
                    item.state().name());
        }
    }

    /** Claiming: a member of the group, while nobody holds it. */
    public static void requireClaimable(Actor actor, WorkItem item) {
        requireOpen(item);
        requireMember(actor, item);
        if (item.assignee() != null && !holds(actor, item)) {
            throw new StateConflictException("该任务已由 " + item.assignee() + " 签收办理", "CLAIMED");
        }
    }

    /** Unclaiming, transferring, delegating: the holder of a task that is not delegated. */
    public static void requireHolder(Actor actor, WorkItem item, String action) {
        requireOpen(item);
        if (item.delegated()) {
            if (holds(actor, item)) {
                throw new StateConflictException("委派给您的任务只能办理后交回委派人（resolve），不能" + action, "DELEGATED");
            }
            if (actor.username().equals(item.owner())) {
                throw new StateConflictException("任务已委派给 " + item.assignee() + "，待其交回后才能" + action,
                        "DELEGATED");
            }
        }
        if (!holds(actor, item)) {
            if (isMember(actor, item)) {
                throw new StateConflictException(item.assignee() == null ? "请先签收该任务，再" + action
                        : "该任务由 " + item.assignee() + " 办理，只有办理人可以" + action, "NOT_HOLDER");
            }
            throw new ForbiddenException("您不是任务“" + item.name() + "”的办理人员，不能" + action);
        }
    }

    /** Resolving a delegation: the delegate. */
    public static void requireDelegate(Actor actor, WorkItem item) {
        requireOpen(item);
        if (!item.delegated()) {
            throw new StateConflictException("该任务不在委派中，无需交回", "NOT_DELEGATED");
        }
        if (!holds(actor, item)) {
            throw new ForbiddenException("只有被委派人 " + item.assignee() + " 可以办理后交回");
        }
    }

    /** Urging: someone other than the holder, of a task still open. */
    public static void requireUrger(Actor actor, WorkItem item) {
        requireOpen(item);
        if (holds(actor, item) || (item.assignee() == null && isMember(actor, item))) {
            throw new StateConflictException("这是您自己可办理的任务，无需催办", "OWN_TASK");
        }
    }

    /**
     * The user a task is handed to: active, not its holder, and a member of its group. Refused as a rule violation
     * (422) naming the field {@code to}.
     */
    public static void requireTarget(Actor target, String requested, WorkItem item) {
        if (target == null) {
            throw refused("未找到用户“" + requested + "”，或该账号已停用");
        }
        if (holds(target, item)) {
            throw refused("任务已在 " + target.username() + " 手中");
        }
        if (!isMember(target, item)) {
            Role needed = roleOf(item.candidateGroup());
            if (needed != null && !target.has(needed)) {
                throw refused("用户 " + target.username() + " 没有“" + needed.label() + "”角色，不能办理该任务");
            }
            throw refused("用户 " + target.username() + " 不在该任务的管辖范围（" + item.candidateGroup()
                    + "），只能转给同一范围内的人员");
        }
    }

    private static void requireMember(Actor actor, WorkItem item) {
        if (!isMember(actor, item) && !holds(actor, item)) {
            throw new ForbiddenException("您不是任务“" + item.name() + "”的办理人员");
        }
    }

    /** The role a group's members have: reviewer:…, supervisor:…, applicant:…. */
    static Role roleOf(String group) {
        if (group == null) {
            return null;
        }
        if (group.startsWith("reviewer:")) {
            return Role.REVIEWER;
        }
        if (group.startsWith("supervisor:")) {
            return Role.SUPERVISOR;
        }
        if (group.startsWith("applicant:")) {
            return Role.APPLICANT;
        }
        return null;
    }

    private static RuleViolationException refused(String message) {
        return new RuleViolationException(message, List.of(new FieldError("to", message)));
    }
}
