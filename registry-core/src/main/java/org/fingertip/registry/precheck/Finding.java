package org.fingertip.registry.precheck;

import java.util.Objects;

/**
 * One result of the pre-check. A blocking finding returns the application at once; an advisory one travels
 * with the case to the reviewer. {@code field} is the dotted path of the form field it concerns, if any;
 * {@code relatedAppId} names a similar app for duplicate findings.
 */
public record Finding(FindingCode code, String message, String field, boolean blocking, Long relatedAppId) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Finding blocking(FindingCode code, String field, String message) {
        return new Finding(code, message, field, true, null);
    }

    public static Finding advisory(FindingCode code, String field, String message) {
        return new Finding(code, message, field, false, null);
    }
}
