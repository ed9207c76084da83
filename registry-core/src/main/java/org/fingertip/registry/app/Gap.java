package org.fingertip.registry.app;

import java.util.Objects;

import org.fingertip.registry.form.FormSection;

/** One gap a reviewer found, against the section of the form it concerns; every return lists all of them at once. */
public record Gap(FormSection section, String message) {
    public Gap {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(message, "message");
    }
}
