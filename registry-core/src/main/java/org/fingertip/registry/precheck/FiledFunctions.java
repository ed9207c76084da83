package org.fingertip.registry.precheck;

import java.util.Collection;
import java.util.List;

/** Port: the functions of apps already filed, for the duplicate check. */
public interface FiledFunctions {

    /**
     * Apps holding a valid filing ({@link org.fingertip.registry.app.AppStatus#holdsValidFiling()}: filed, or filed
     * and being changed, re-checked, rectified or integrated) whose owner unit lies within the division subtree (by
     * path prefix) and which offer at least one of the given normalised function names, with how many of those names
     * each offers.
     */
    List<SharedFunctions> filedAppsSharing(String divisionPath, Collection<String> normalisedNames, long excludeAppId);

    /** A filed app and the number of the asked-for function names it offers. */
    record SharedFunctions(long appId, String appName, String filingNumber, int sharedCount) {
    }
}
