package org.fingertip.registry.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fingertip.registry.app.App;
import org.fingertip.registry.precheck.FiledFunctions;
import org.fingertip.registry.precheck.FunctionNames;

/** Computes the shared functions from the FILED apps held by an {@link InMemoryApps}, as the SQL adapter would. */
public final class InMemoryFiledFunctions implements FiledFunctions {
    private final InMemoryApps apps;

    public InMemoryFiledFunctions(InMemoryApps apps) {
        this.apps = apps;
    }

    @Override
    public List<SharedFunctions> filedAppsSharing(String divisionPath, Collection<String> normalisedNames,
                                                  long excludeAppId) {
        Set<String> wanted = Set.copyOf(normalisedNames);
        List<SharedFunctions> result = new ArrayList<>();
        for (App app : apps.all()) {
            if (!app.status().holdsValidFiling() || app.id() == excludeAppId
                    || !app.owner().division().path().startsWith(divisionPath)) {
                continue;
            }
            Set<String> offered = app.form().functionsOrEmpty().stream()
                    .map(f -> FunctionNames.normalise(f.name()))
                    .filter(wanted::contains)
                    .collect(Collectors.toSet());
            if (!offered.isEmpty()) {
                result.add(new SharedFunctions(app.id(), app.displayName(), app.filingNumber(), offered.size()));
            }
        }
        return result;
    }
}
