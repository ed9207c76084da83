package org.fingertip.registry.task;

import java.time.Instant;
import java.util.Objects;

/** One comment on a case (the app's whole file), by one user. */
public record CaseComment(Long id, long appId, String author, String body, Instant at) {

    public static final int MAX_LENGTH = 2000;

    public CaseComment {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(at, "at");
    }
}
