package org.fingertip.registry.notice;

import org.fingertip.registry.shared.Labelled;

/** The kind of record a notice is about; with the subject's id it names the record. */
public enum NoticeSubject implements Labelled {
    /** One app's re-check (回头看). */
    RECHECK("复核"),
    /** One app's exit (清理退出). */
    EXIT("清理退出"),
    /** One app itself (its filing revoked, its filing deadline passed). */
    APP("应用");

    private final String label;

    NoticeSubject(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
