package org.fingertip.workflow.engine;

import java.util.ArrayList;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;

/**
 * Names of the engine's candidate groups. A review task belongs to the cyberspace office of one division
 * ({@code reviewer:420100}); a supervisor's to the supervisors of one division ({@code supervisor:420100}); an
 * applicant's task to one unit ({@code applicant:420100-007}). The engine's own
 * identity tables are not used for this: groups are derived from the user's role, unit and jurisdiction.
 */
public final class CandidateGroups {
    private CandidateGroups() {
    }

    public static String reviewers(String divisionCode) {
        return "reviewer:" + divisionCode;
    }

    public static String supervisors(String divisionCode) {
        return "supervisor:" + divisionCode;
    }

    public static String applicants(String unitCode) {
        return "applicant:" + unitCode;
    }

    public static List<String> of(Actor actor) {
        List<String> groups = new ArrayList<>();
        if (actor.has(Role.REVIEWER) && actor.jurisdiction() != null) {
            groups.add(reviewers(actor.jurisdiction().code()));
        }
        if (actor.has(Role.SUPERVISOR) && actor.jurisdiction() != null) {
            groups.add(supervisors(actor.jurisdiction().code()));
        }
        if (actor.has(Role.APPLICANT) && actor.unit() != null) {
            groups.add(applicants(actor.unit().code()));
        }
        return groups;
    }
}
