package org.fingertip.registry.shared;

import java.util.List;

/**
 * Input over a size limit, e.g. an uploaded file (HTTP 413). A kind of {@link InvalidInputException}, so that a caller
 * that only knows that one still shows the message beside the field.
 */
public class TooLargeException extends InvalidInputException {
    private final long limitBytes;

    public TooLargeException(String message, List<FieldError> errors, long limitBytes) {
        super(message, errors);
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
