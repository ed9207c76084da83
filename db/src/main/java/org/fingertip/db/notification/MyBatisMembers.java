package org.fingertip.db.notification;

import java.util.List;

import org.fingertip.registry.notification.Member;
import org.fingertip.registry.notification.Members;
import org.fingertip.registry.notification.Recipient;
import org.springframework.stereotype.Repository;

/**
 * The members of a recipient from the user accounts, as the engine's candidate groups name them: the supervisors or
 * reviewers whose jurisdiction is the division, the applicants whose unit is the unit.
 */
@Repository
public class MyBatisMembers implements Members {
    private final MemberMapper mapper;

    public MyBatisMembers(MemberMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Member> of(Recipient recipient) {
        return switch (recipient.group()) {
            case USER -> mapper.user(recipient.code());
            case SUPERVISORS, REVIEWERS -> mapper.withRoleInJurisdiction(recipient.group().role().name(),
                    recipient.code());
            case APPLICANTS -> mapper.withRoleInUnit(recipient.group().role().name(), recipient.code());
        };
    }
}
