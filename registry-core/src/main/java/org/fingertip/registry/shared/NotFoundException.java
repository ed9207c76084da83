package org.fingertip.registry.shared;

/** Unknown, or outside the caller's jurisdiction: the two are never told apart (HTTP 404). */
public class NotFoundException extends DomainException {
    public NotFoundException(String message) {
        super(message);
    }
}
