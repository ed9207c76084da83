package org.fingertip.web.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Repeated measurements of one figure: their count, median and 95th percentile (nearest rank), rounded. */
final class Samples {
    private final List<Double> values = new ArrayList<>();

    synchronized void add(double value) {
        values.add(value);
    }

    synchronized int size() {
        return values.size();
    }

    synchronized double median() {
        return percentile(50);
    }

    synchronized double p95() {
        return percentile(95);
    }

    private double percentile(int p) {
        if (values.isEmpty()) {
            throw new IllegalStateException("no samples");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** The figure as the result file gives it: {"median": …, "p95": …, "n": …}. */
    synchronized Map<String, Object> figure() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("median", round(median()));
        f.put("p95", round(p95()));
        f.put("n", values.size());
        return f;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Milliseconds since {@code startNanos}. */
    static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
