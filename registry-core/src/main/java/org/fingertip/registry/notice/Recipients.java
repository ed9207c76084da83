package org.fingertip.registry.notice;

import java.util.ArrayList;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;

/**
 * Who a notice goes to. Groups are named like the process engine's candidate groups ({@code supervisor:420100},
 * {@code reviewer:420100}, {@code applicant:420100-007}), so that whoever works a group's tasks reads its notices;
 * one user is {@code user:<username>}.
 */
public final class Recipients {
    private Recipients() {
    }

    /** The supervisors of one division (the body that runs the burden-reduction mechanism there). */
    public static String supervisors(String divisionCode) {
        return "supervisor:" + divisionCode;
    }

    public static String reviewers(String divisionCode) {
        return "reviewer:" + divisionCode;
    }

    public static String applicants(String unitCode) {
        return "applicant:" + unitCode;
    }

    public static String user(String username) {
        return "user:" + username;
    }

    /** Every recipient whose notices the actor reads: itself, and the groups of its roles. */
    public static List<String> of(Actor actor) {
        List<String> recipients = new ArrayList<>();
        if (actor.isSystem()) {
            return recipients;
        }
        recipients.add(user(actor.username()));
        if (actor.jurisdiction() != null) {
            if (actor.has(Role.SUPERVISOR)) {
                recipients.add(supervisors(actor.jurisdiction().code()));
            }
            if (actor.has(Role.REVIEWER)) {
                recipients.add(reviewers(actor.jurisdiction().code()));
            }
        }
        if (actor.has(Role.APPLICANT) && actor.unit() != null) {
            recipients.add(applicants(actor.unit().code()));
        }
        return recipients;
    }
}
