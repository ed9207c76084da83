package org.fingertip.registry.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One page of the evaluations of a jurisdiction. A row names the app and its owner, never the reporter: the list is
 * about the burden apps put on people, not about who said so.
 */
public record EvaluationPage(List<Row> items, long total, int page, int size) {

    public EvaluationPage {
        items = List.copyOf(items);
    }

    /** One evaluation of an app, without its reporter. */
    public record Row(long id, long appId, String appName, String ownerUnitCode, String ownerUnitName, int rating,
                      Set<BurdenCategory> burdens, String comment, Instant at) {
        public Row {
            burdens = Set.copyOf(burdens);
        }
    }
}
