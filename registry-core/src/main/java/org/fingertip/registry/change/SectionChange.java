package org.fingertip.registry.change;

import java.util.List;
import java.util.Objects;

import org.fingertip.registry.form.FormSection;

/** One changed section of the form and its changed fields, in the order of the form. */
public record SectionChange(FormSection section, List<FieldChange> fields) {
    public SectionChange {
        Objects.requireNonNull(section, "section");
        fields = List.copyOf(fields);
    }
}
