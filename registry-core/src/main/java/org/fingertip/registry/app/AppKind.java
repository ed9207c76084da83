package org.fingertip.registry.app;

import org.fingertip.registry.shared.Labelled;

/** What kind of thing is registered. The first four are filed with a number; the rest are inventoried as REGISTERED. */
public enum AppKind implements Labelled {
    APP("移动应用（APP）", true),
    MINI_PROGRAM("小程序", true),
    QUICK_APP("快应用", true),
    LIGHT_APP("轻应用", true),
    PUBLIC_ACCOUNT("公众号/政务新媒体", false),
    WORK_GROUP("工作群", false),
    INFO_SYSTEM("延伸至基层的信息系统", false);

    private final String label;
    private final boolean filed;

    AppKind(String label, boolean filed) {
        this.label = label;
        this.filed = filed;
    }

    @Override
    public String label() {
        return label;
    }

    /** True for the kinds the 2026 rules file with a number; the others are registered only. */
    public boolean isFiled() {
        return filed;
    }

    /** Kinds published in stores under a package name or bundle id. */
    public boolean needsPackageName() {
        return this == APP || this == QUICK_APP || this == MINI_PROGRAM;
    }
}
