package org.fingertip.registry.dashboard;

import java.util.Objects;

/**
 * Where figures are counted: the caller's jurisdiction and, narrowing it, a division or unit code — exactly the
 * {@code department} filter the lists take, so that a figure and its list select the same rows.
 *
 * @param jurisdictionPath the caller's jurisdiction as a division path, e.g. {@code /420000/}
 * @param departmentCode   a division or unit code within it, or null for the whole jurisdiction
 */
public record FigureScope(String jurisdictionPath, String departmentCode) {

    public FigureScope {
        Objects.requireNonNull(jurisdictionPath, "jurisdictionPath");
    }
}
