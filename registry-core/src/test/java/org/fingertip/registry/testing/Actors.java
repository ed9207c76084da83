package org.fingertip.registry.testing;

import java.util.Set;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.Unit;

/** The users of the tests: applicants of a unit, reviewers and supervisors of a jurisdiction. */
public final class Actors {
    private Actors() {
    }

    /** An applicant of the unit, named after it ({@code applicant-420100-007}). */
    public static Actor applicant(Unit unit) {
        return applicant("applicant-" + unit.code(), unit);
    }

    public static Actor applicant(String username, Unit unit) {
        return new Actor(username, Set.of(Role.APPLICANT), unit, null);
    }

    public static Actor reviewer(String username, Division jurisdiction) {
        return new Actor(username, Set.of(Role.REVIEWER), null, jurisdiction);
    }

    /** A reviewer of the division's cyberspace office, named after it ({@code reviewer-420100}). */
    public static Actor reviewer(Division jurisdiction) {
        return reviewer("reviewer-" + jurisdiction.code(), jurisdiction);
    }

    public static Actor provinceReviewer() {
        return reviewer(Hubei.PROVINCE);
    }

    public static Actor wuhanReviewer() {
        return reviewer(Hubei.WUHAN);
    }

    public static Actor yichangReviewer() {
        return reviewer(Hubei.YICHANG);
    }

    /** Someone who both files for its unit and reviews for the division: separation of duties must still hold. */
    public static Actor applicantAndReviewer(String username, Unit unit, Division jurisdiction) {
        return new Actor(username, Set.of(Role.APPLICANT, Role.REVIEWER), unit, jurisdiction);
    }

    public static Actor supervisor(String username, Division jurisdiction) {
        return new Actor(username, Set.of(Role.SUPERVISOR), null, jurisdiction);
    }

    public static Actor observer(String username, Division jurisdiction) {
        return new Actor(username, Set.of(Role.OBSERVER), null, jurisdiction);
    }

    public static Actor admin(String username, Division jurisdiction) {
        return new Actor(username, Set.of(Role.ADMIN), null, jurisdiction);
    }

    public static Actor system() {
        return Actor.system();
    }
}
