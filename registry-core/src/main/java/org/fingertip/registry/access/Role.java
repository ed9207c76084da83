package org.fingertip.registry.access;

/** The roles of DOMAIN.md. */
public enum Role {
    /** 申报人/经办人: files and revises its own unit's applications. */
    APPLICANT,
    /** 审核员: works review tasks in its jurisdiction. */
    REVIEWER,
    /** 督查员: sees everything in its jurisdiction, deadlines and overdue work. */
    SUPERVISOR,
    /** 基层观察员: rates apps and reports burdens. */
    OBSERVER,
    /** 管理员: operators. */
    ADMIN
}
