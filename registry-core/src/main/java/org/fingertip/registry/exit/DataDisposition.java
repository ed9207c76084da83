package org.fingertip.registry.exit;

import org.fingertip.registry.shared.Labelled;

/** What happens to one category of the app's data (with the legal retention periods kept). */
public enum DataDisposition implements Labelled {
    MIGRATE("迁移"),
    ARCHIVE("归档保存"),
    DESTROY("销毁");

    private final String label;

    DataDisposition(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
