package org.fingertip.registry.notification;

import org.fingertip.registry.shared.Labelled;

/** What a notification tells its reader. */
public enum NotificationKind implements Labelled {
    /** 新待办: a task arrived in the user's inbox. */
    TASK("新待办"),
    /** 催办: a task falls due soon, or is overdue. */
    REMINDER("催办"),
    /** 逾期督办: overdue work escalated to the supervisors of the jurisdiction. */
    ESCALATION("逾期督办"),
    /** 审核决定: a review was decided (approved, rejected). */
    DECISION("审核决定"),
    /** 退回补正: an application or a change was returned with its gaps. */
    RETURN("退回补正"),
    /** 抄送: a copy for information. */
    COPY("抄送"),
    /** 通知: a notice to the user's post ({@link org.fingertip.registry.notice.Notice}) reached the user. */
    NOTICE("通知");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
