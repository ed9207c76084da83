package org.fingertip.registry.access;

import org.fingertip.registry.shared.Labelled;

/** The roles of DOMAIN.md. */
public enum Role implements Labelled {
    /** 申报人/经办人: files and revises its own unit's applications. */
    APPLICANT("申报人"),
    /** 审核员: works review tasks in its jurisdiction. */
    REVIEWER("审核员"),
    /** 督查员: sees everything in its jurisdiction, deadlines and overdue work. */
    SUPERVISOR("督查员"),
    /** 基层观察员: rates apps and reports burdens. */
    OBSERVER("基层观察员"),
    /** 管理员: operators. */
    ADMIN("管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
