package org.fingertip.registry.notification;

import java.util.Objects;

/** An enabled user who belongs to a recipient, with its email address if it has one. */
public record Member(String username, String email) {

    public Member {
        Objects.requireNonNull(username, "username");
        email = email == null || email.isBlank() ? null : email.strip();
    }

    public boolean hasEmail() {
        return email != null;
    }
}
