package org.fingertip.registry.shared;

/** The current state does not allow the command (HTTP 409); carries the state so the caller can say it. */
public class StateConflictException extends DomainException {
    private final String currentState;

    public StateConflictException(String message, String currentState) {
        super(message);
        this.currentState = currentState;
    }

    public String currentState() {
        return currentState;
    }
}
