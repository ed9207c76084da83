package org.fingertip.registry.shared;

/** The caller is known and may see the thing, but its role or unit does not allow the command (HTTP 403). */
public class ForbiddenException extends DomainException {
    public ForbiddenException(String message) {
        super(message);
    }
}
