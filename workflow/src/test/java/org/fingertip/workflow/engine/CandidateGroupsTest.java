package org.fingertip.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.notice.Recipients;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.Hubei;
import org.junit.jupiter.api.Test;

/** Whoever works a group's tasks reads the group's notices: the two name groups alike. */
class CandidateGroupsTest {

    @Test
    void everyCandidateGroupOfAnActorIsARecipientOfItsNotices() {
        List<Actor> actors = List.of(Actors.applicant(Hubei.WUHAN_UNIT), Actors.wuhanReviewer(),
                Actors.supervisor("supervisor.wuhan", Hubei.WUHAN), Actors.observer("observer", Hubei.COMMUNITY),
                new Actor("dual", Set.of(Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR), Hubei.WUHAN_UNIT,
                        Hubei.WUHAN));
        for (Actor actor : actors) {
            assertThat(Recipients.of(actor)).as(actor.username()).containsAll(CandidateGroups.of(actor));
        }
        assertThat(Recipients.supervisors("420100")).isEqualTo(CandidateGroups.supervisors("420100"));
    }
}
