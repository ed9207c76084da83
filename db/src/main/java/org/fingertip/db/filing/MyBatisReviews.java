package org.fingertip.db.filing;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import org.fingertip.db.app.JsonColumns;
import org.fingertip.registry.app.Gap;
import org.fingertip.registry.filing.Review;
import org.fingertip.registry.filing.Reviews;
import org.springframework.stereotype.Repository;

/** Review decisions on MyBatis, the gaps of a return kept as JSON. */
@Repository
public class MyBatisReviews implements Reviews {
    private static final TypeReference<List<Gap>> GAPS = new TypeReference<>() { };

    private final FilingMapper mapper;
    private final JsonColumns json = new JsonColumns();

    public MyBatisReviews(FilingMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long add(Review review) {
        NewId key = new NewId();
        mapper.insertReview(new ReviewColumns(review.appId(), review.step(), review.decision(), review.comment(),
                json.write(review.gaps()), review.reviewer(), review.at()), key);
        return key.getId();
    }

    @Override
    public Optional<Review> byId(long id) {
        return Optional.ofNullable(mapper.review(id)).map(this::toReview);
    }

    @Override
    public List<Review> ofApp(long appId) {
        return mapper.reviewsOf(appId).stream().map(this::toReview).toList();
    }

    private Review toReview(ReviewRow row) {
        return new Review(row.id(), row.appId(), row.step(), row.decision(), row.comment(),
                json.read(row.gapsJson(), GAPS), row.reviewer(), row.at());
    }
}
