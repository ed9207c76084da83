package org.fingertip.registry.shared;

/** Base of the errors a user can cause; the web layer maps each subtype to its HTTP status. */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message);
    }
}
