package org.fingertip.registry.app;

import java.util.List;

/** One page of a registry search. */
public record AppPage(List<AppSummary> items, long total, int page, int size) {
}
