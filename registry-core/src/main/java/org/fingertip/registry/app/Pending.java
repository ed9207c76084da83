package org.fingertip.registry.app;

import org.fingertip.registry.shared.Labelled;

/**
 * What waits for a review office (待审): an application under review, or a filed app's change filing under review. The
 * app list filters by it and the supervisor's dashboard counts it; the SQL of both is one fragment
 * ({@code AppMapper.xml}, {@code pendingWhere}).
 */
public enum Pending implements Labelled {
    /** 备案申请待审: the app is UNDER_REVIEW, since it was (re)submitted. */
    FILING("备案申请待审"),
    /** 变更备案待审: the app's open change filing is UNDER_REVIEW (not RETURNED), since it was (re)submitted. */
    CHANGE("变更备案待审");

    private final String label;

    Pending(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
