package org.fingertip.registry.testing;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import org.fingertip.registry.filing.FilingNumbers;

/** One counter per province and year, starting at 1; safe under concurrent approvals (there is no rollback here). */
public final class InMemoryFilingNumbers implements FilingNumbers {
    private final ConcurrentMap<String, AtomicLong> counters = new ConcurrentHashMap<>();

    @Override
    public long next(String provinceCode, int year) {
        return counters.computeIfAbsent(provinceCode + "/" + year, k -> new AtomicLong()).incrementAndGet();
    }
}
