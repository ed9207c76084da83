package org.fingertip.registry.admin;

import org.fingertip.registry.shared.Labelled;

/**
 * The durations of the durations table (DOMAIN.md) an administrator may change, each in working days and within
 * bounds: the reviews, the resubmission, the exit's plan and migration report, any other human task, and the
 * reminder before a task falls due.
 */
public enum DurationKey implements Labelled {
    FIRST_REVIEW("市级初审", 1, 60),
    PROVINCIAL_REVIEW("省级审核", 1, 60),
    RESUBMIT("退回后补正", 1, 60),
    EXIT_PLAN("退出方案与迁移报告", 1, 60),
    OTHER_TASK("其他人工任务", 1, 60),
    REMINDER("到期前提醒", 0, 20);

    private final String label;
    private final int min;
    private final int max;

    DurationKey(String label, int min, int max) {
        this.label = label;
        this.min = min;
        this.max = max;
    }

    @Override
    public String label() {
        return label;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
