package org.fingertip.registry.app;

import org.fingertip.registry.shared.Labelled;

/**
 * Where an app stands on its lifecycle (DOMAIN.md, "Lifecycle of an app"). Nothing is ever deleted: the end
 * states stay in the registry as history.
 */
public enum AppStatus implements Labelled {
    /** 草稿: being written by its unit; not yet submitted. */
    DRAFT("草稿"),
    /** 审核中: submitted; in first or provincial review. */
    UNDER_REVIEW("审核中"),
    /** 已退回: returned with every gap listed at once; the applicant may resubmit within the deadline. */
    RETURNED("已退回"),
    /** 不予备案: rejected with a reason. */
    REJECTED("不予备案"),
    /** 已撤回: withdrawn by its unit before a decision. */
    WITHDRAWN("已撤回"),
    /** 视为放弃: not resubmitted in time after a return. */
    ABANDONED("视为放弃"),
    /** 已备案: filed with a number; live. */
    FILED("已备案"),
    /** 变更审核中: a change is under review; the filing stays valid. */
    CHANGE_UNDER_REVIEW("变更审核中"),
    /** 复核中: in a periodic re-check; the filing stays valid. */
    UNDER_RECHECK("复核中"),
    /** 整改中: rectifying findings; the filing stays valid. */
    RECTIFYING("整改中"),
    /** 整合中: moving its functions onto the unified platform before exit. */
    INTEGRATING("整合中"),
    /** 退出中: exit in progress (notice, offline, deregistration). */
    EXITING("退出中"),
    /** 已注销: offline and deregistered; the number is cancelled, never reused. */
    EXITED("已注销"),
    /** 已撤销备案: filing revoked for unresolved violations. */
    REVOKED("已撤销备案"),
    /** 在用未备案: found live by the inventory; must be filed or exit. */
    LIVE_UNFILED("在用未备案"),
    /** 已登记: an account, work group or information system, inventoried but not filed. */
    REGISTERED("已登记");

    private final String label;

    AppStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * States in which the app holds a valid filing and is in service: filed, or filed and being changed, re-checked,
     * rectified or integrated. An app in any of these offers its functions, so a new app offering them duplicates it.
     */
    public boolean holdsValidFiling() {
        return this == FILED || this == CHANGE_UNDER_REVIEW || this == UNDER_RECHECK || this == RECTIFYING
                || this == INTEGRATING;
    }

    /** States a re-check starts from: filed, or registered (accounts, work groups, systems). */
    public boolean isRecheckable() {
        return this == FILED || this == REGISTERED;
    }

    /** States an exit (清理退出) starts from by the owner's or a supervisor's hand: in service, filed or not. */
    public boolean isExitable() {
        return this == FILED || this == REGISTERED || this == LIVE_UNFILED;
    }

    /** States from which an app never moves again. */
    public boolean isFinal() {
        return this == REJECTED || this == WITHDRAWN || this == ABANDONED || this == EXITED || this == REVOKED;
    }
}
