package org.fingertip.registry.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.fingertip.registry.precheck.FunctionNames;
import org.fingertip.registry.precheck.PlatformCatalogue;

/** The unified platforms' function catalogues in memory. */
public final class InMemoryPlatformCatalogue implements PlatformCatalogue {
    private final List<PlatformFunction> functions = new ArrayList<>();

    @Override
    public synchronized List<PlatformFunction> matching(String provinceCode, Collection<String> normalisedNames) {
        return functions.stream()
                .filter(f -> f.provinceCode().equals(provinceCode))
                .filter(f -> normalisedNames.contains(FunctionNames.normalise(f.functionName())))
                .toList();
    }

    @Override
    public synchronized void save(PlatformFunction function) {
        functions.add(function);
    }
}
