package org.fingertip.web.exit;

import org.fingertip.registry.exit.ExitState;
import org.fingertip.registry.shared.Labelled;

/**
 * How a published notice (公告) stands for the public: still running, the app offline, or deregistered. The API's
 * public notices and the public notice page both say it so.
 */
public enum NoticeStanding implements Labelled {
    NOTICE("公告中"),
    OFFLINE("已下线"),
    DEREGISTERED("已注销");

    private final String label;

    NoticeStanding(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static NoticeStanding of(ExitState state) {
        if (state == ExitState.EXITED) {
            return DEREGISTERED;
        }
        return state.isOffline() ? OFFLINE : NOTICE;
    }
}
