package org.fingertip.registry.evaluation;

import java.util.List;

/** One page of a reporter's own evaluations, newest first, with the total. */
public record OwnReportPage(List<OwnReport> items, long total, int page, int size) {

    public OwnReportPage {
        items = List.copyOf(items);
    }
}
