package org.fingertip.registry.shared;

import java.util.List;

/** Input of the wrong shape: a type, a length or a format (HTTP 400). */
public class InvalidInputException extends DomainException {
    private final List<FieldError> errors;

    public InvalidInputException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
