package org.fingertip.registry.task;

import org.fingertip.registry.shared.Labelled;

/** The three views of an inbox: work to do, work I did, work copied to me for information. */
public enum WorkView implements Labelled {
    TODO("待办"),
    DONE("已办"),
    CC("抄送");

    private final String label;

    WorkView(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
