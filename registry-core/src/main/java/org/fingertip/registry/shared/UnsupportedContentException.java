package org.fingertip.registry.shared;

import java.util.List;

/**
 * Content of a kind that is not accepted, told by the content itself, e.g. an upload that is no PDF, image or
 * office file whatever its name says (HTTP 415). A kind of {@link InvalidInputException}, like {@link TooLargeException}.
 */
public class UnsupportedContentException extends InvalidInputException {

    public UnsupportedContentException(String message, List<FieldError> errors) {
        super(message, errors);
    }
}
