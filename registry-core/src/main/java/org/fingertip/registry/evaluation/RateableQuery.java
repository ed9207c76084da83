package org.fingertip.registry.evaluation;

import java.util.Set;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.department.Division;

/**
 * The apps one user may rate now, as the adapter selects them: {@link EvaluationService#mayRate} and
 * {@link EvaluationService#inUse} written as prefixes of division paths. An app qualifies when it is in one of
 * {@code statuses} and either its owner lies in {@code jurisdictionPath} (an observer's jurisdiction), or the user's
 * unit is in its audience: a public app owned within {@code provincePath}; an internal one (or one without an
 * audience) owned by the province itself ({@code provincePath} exactly) or, for a user below the province, within
 * {@code cityPath} — never an app of {@code unitCode}, the user's own unit, through its audience.
 *
 * @param jurisdictionPath the observer's jurisdiction, or null for a user who is not an observer
 * @param unitCode         the user's unit, or null (then no audience holds the user)
 * @param provincePath     the path of the user's province, e.g. {@code /420000/}, or null without a unit
 * @param cityPath         the path of the user's city, e.g. {@code /420000/420100/}; null for a provincial unit
 * @param keyword          a part of the name or filing number, or null
 */
public record RateableQuery(String jurisdictionPath, String unitCode, String provincePath, String cityPath,
                            Set<AppStatus> statuses, String keyword, int page, int size) {

    public RateableQuery {
        statuses = Set.copyOf(statuses);
    }

    /** The apps this user may rate now, optionally narrowed by a keyword. */
    public static RateableQuery of(Actor actor, String keyword, int page, int size) {
        String jurisdiction = actor.has(Role.OBSERVER) && actor.jurisdiction() != null
                ? actor.jurisdiction().path() : null;
        String unit = null;
        String province = null;
        String city = null;
        if (actor.unit() != null) {
            Division division = actor.unit().division();
            unit = actor.unit().code();
            province = "/" + division.provinceCode() + "/";
            city = division.cityPath().equals(province) ? null : division.cityPath();
        }
        String k = keyword == null || keyword.isBlank() ? null : keyword.strip();
        return new RateableQuery(jurisdiction, unit, province, city, EvaluationService.IN_USE, k, page, size);
    }

    /** True when nothing can qualify: neither a jurisdiction nor a unit. */
    public boolean empty() {
        return jurisdictionPath == null && unitCode == null;
    }

    public int offset() {
        return page * size;
    }
}
