package org.fingertip.registry.testing;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.fingertip.registry.filing.Review;
import org.fingertip.registry.filing.Reviews;

/** Review decisions in memory, numbered from 1 in the order they are added. */
public final class InMemoryReviews implements Reviews {
    private final TreeMap<Long, Review> rows = new TreeMap<>();
    private long lastId;

    @Override
    public synchronized long add(Review review) {
        long id = ++lastId;
        rows.put(id, new Review(id, review.appId(), review.step(), review.decision(), review.comment(), review.gaps(),
                review.reviewer(), review.at()));
        return id;
    }

    @Override
    public synchronized Optional<Review> byId(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized List<Review> ofApp(long appId) {
        return rows.values().stream().filter(r -> r.appId() == appId).toList();
    }
}
