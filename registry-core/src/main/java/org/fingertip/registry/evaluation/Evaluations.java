package org.fingertip.registry.evaluation;

import java.time.Instant;
import java.util.List;

/** Port: the evaluations of apps. */
public interface Evaluations {

    long add(Evaluation evaluation);

    /** Newest first, at most {@code limit}. */
    List<Evaluation> ofApp(long appId, int limit);

    /** How many different users reported at least one burden for the app since the instant. */
    int distinctBurdenReporters(long appId, Instant since);

    /** For each burden category, how many different users reported it for the app since the instant. */
    java.util.Map<BurdenCategory, Integer> burdenReporters(long appId, Instant since);

    /** The evaluations within a jurisdiction, newest first, with the total of the whole query. */
    EvaluationPage search(EvaluationQuery query);

    /** Average rating and count of the app's evaluations. */
    Summary summary(long appId);

    /** The average rating (0 when none) and the number of evaluations. */
    record Summary(double averageRating, long count) {
    }
}
