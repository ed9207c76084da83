package org.fingertip.registry.app;

import org.fingertip.registry.shared.Labelled;

/**
 * Where an app stands in the clearance (清理) the supervisor reports: examined, and of the examined ones cut
 * (integrated or closed), kept, or exiting. The same definitions as {@code ExitFigures}; the app list filters by it and
 * the figures count it from one SQL fragment ({@code ExitMapper.xml}, {@code clearanceOutcome}).
 */
public enum Clearance implements Labelled {
    /** 已核查: a re-check of the app concluded, or an exit of it started. */
    EXAMINED("已核查"),
    /** 已压减: examined and exited, onto the platform or closed. */
    CUT("已压减"),
    /** 已整合: its newest exit ended EXITED onto the unified platform. */
    INTEGRATED("已整合"),
    /** 已关停: its newest exit ended EXITED otherwise. */
    CLOSED("已关停"),
    /** 保留: examined (a concluded re-check) and never put on an exit. */
    KEPT("保留"),
    /** 退出中: its newest exit has not ended. */
    EXITING("退出中");

    private final String label;

    Clearance(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
