package org.fingertip.registry.exit;

import org.fingertip.registry.shared.Labelled;

/**
 * Where an exit stands.
 *
 * <pre>
 * PLANNING ─file plan→ PLAN_REVIEW ─approve→ NOTICE ─offline date→ OFFLINE ─confirm→ DEREGISTRATION ─file→ VERIFICATION ─accept→ EXITED
 *    ↑                    │  └approve (to the platform)→ MIGRATING ─report→ MIGRATION_REVIEW ─accept→ NOTICE
 *    └──────return────────┘                                ↑────────return──────────┘        DEREGISTRATION ←send back┘
 * </pre>
 */
public enum ExitState implements Labelled {
    PLANNING("待提交退出方案"),
    PLAN_REVIEW("退出方案审核中"),
    MIGRATING("用户迁移中"),
    MIGRATION_REVIEW("迁移验收中"),
    NOTICE("公告期"),
    OFFLINE("待确认下架停服"),
    DEREGISTRATION("待申请注销"),
    VERIFICATION("注销核验中"),
    EXITED("已注销");

    private final String label;

    ExitState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The public notice has been published (it stays public, with the exit's outcome). */
    public boolean isPublished() {
        return ordinal() >= NOTICE.ordinal();
    }

    /** The app is offline: delisted and its service stopped. */
    public boolean isOffline() {
        return ordinal() >= DEREGISTRATION.ordinal();
    }

    public boolean isFinal() {
        return this == EXITED;
    }
}
