package org.fingertip.registry.precheck;

import java.util.Collection;
import java.util.List;

/** Port: the function catalogue of the province's unified platform (e.g. 鄂汇办, 鄂政通). */
public interface PlatformCatalogue {

    /** Catalogue entries of the province whose normalised names are among the given ones. */
    List<PlatformFunction> matching(String provinceCode, Collection<String> normalisedNames);

    void save(PlatformFunction function);

    /** One function the platform already offers. */
    record PlatformFunction(String provinceCode, String platformName, String functionName) {
    }
}
