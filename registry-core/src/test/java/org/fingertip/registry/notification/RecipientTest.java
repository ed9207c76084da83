package org.fingertip.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.fingertip.registry.access.Role;
import org.fingertip.registry.notice.Recipients;
import org.junit.jupiter.api.Test;

class RecipientTest {

    @Test
    void readsTheNoticesRecipientsBackWithTheRoleOfTheirMembers() {
        assertThat(Recipient.parse(Recipients.supervisors("420100")))
                .isEqualTo(new Recipient(Recipient.Group.SUPERVISORS, "420100"));
        assertThat(Recipient.parse(Recipients.reviewers("420100")).group().role()).isEqualTo(Role.REVIEWER);
        assertThat(Recipient.parse(Recipients.applicants("420100-007")))
                .isEqualTo(new Recipient(Recipient.Group.APPLICANTS, "420100-007"));
        assertThat(Recipient.parse(Recipients.user("li.si"))).isEqualTo(new Recipient(Recipient.Group.USER, "li.si"));
        assertThat(Recipient.parse("user:li.si").group().role()).isNull();
        assertThat(Recipient.parse("supervisor:420100")).hasToString("supervisor:420100");
    }

    @Test
    void refusesAnythingElse() {
        for (String bad : new String[] {"", "li.si", ":420100", "user:", "user: ", "admin:420000", "Supervisor:420100"}) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> Recipient.parse(bad));
        }
    }
}
