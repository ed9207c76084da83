package org.fingertip.registry.admin;

import org.fingertip.registry.shared.Labelled;

/** The kinds of thing an administrator changes; a change names one by kind and key. */
public enum AdminObject implements Labelled {
    UNIT("单位"),
    USER("用户"),
    CALENDAR("节假日安排"),
    PLATFORM_FUNCTION("平台功能"),
    DURATION("期限");

    private final String label;

    AdminObject(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
