package org.fingertip.registry.notification;

import java.util.List;

/** Port: who a recipient is, now. */
public interface Members {

    /**
     * The enabled users of the recipient, by username: the user itself; the users with the group's role whose
     * jurisdiction is the division (supervisors, reviewers) or whose unit is the unit (applicants). Empty when none.
     */
    List<Member> of(Recipient recipient);
}
