package org.fingertip.registry.shared;

import java.util.List;

/** Well-formed input that a rule refuses, e.g. an incomplete form at submit (HTTP 422). */
public class RuleViolationException extends DomainException {
    private final List<FieldError> errors;
    private final List<?> findings;

    public RuleViolationException(String message, List<FieldError> errors, List<?> findings) {
        super(message);
        this.errors = List.copyOf(errors);
        this.findings = List.copyOf(findings);
    }

    public RuleViolationException(String message, List<FieldError> errors) {
        this(message, errors, List.of());
    }

    public List<FieldError> errors() {
        return errors;
    }

    public List<?> findings() {
        return findings;
    }
}
