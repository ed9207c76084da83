package org.fingertip.registry.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fingertip.registry.app.AppPage;

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

    /**
     * The reporter's own evaluations, newest first, with the total; each with the ledger item its burden report
     * opened ({@link Evaluation#ledgerRef}), if any.
     */
    OwnReportPage reportsBy(String reporter, int page, int size);

    /** One of the reporter's own evaluations; empty when there is none of that id, or it is someone else's. */
    Optional<OwnReport> reportBy(String reporter, long evaluationId);

    /** The apps the query's user may rate now, by name, with the total. */
    AppPage rateable(RateableQuery query);

    /** The average rating (0 when none) and the number of evaluations. */
    record Summary(double averageRating, long count) {
    }
}
