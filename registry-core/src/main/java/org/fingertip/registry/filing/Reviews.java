package org.fingertip.registry.filing;

import java.util.List;
import java.util.Optional;

/** Port: the review decisions taken on applications. */
public interface Reviews {

    long add(Review review);

    Optional<Review> byId(long id);

    /** Oldest first. */
    List<Review> ofApp(long appId);
}
