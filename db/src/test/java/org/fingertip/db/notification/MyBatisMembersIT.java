package org.fingertip.db.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.fingertip.db.TestTree;
import org.fingertip.db.user.UserAccount;
import org.fingertip.db.user.UserAccounts;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.notification.Member;
import org.fingertip.registry.notification.Members;
import org.fingertip.registry.notification.Recipient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A recipient's members are the enabled users the engine's candidate group of the same name would hold. */
@SpringBootTest
class MyBatisMembersIT {
    @Autowired
    Members members;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Departments departments;

    @Test
    void givenUsersOfADivision_thenItsSupervisorsAndReviewersAreThoseWithTheRoleAndThatJurisdiction() {
        TestTree tree = TestTree.saved(departments);
        String city = tree.city.code();
        String supervisor = TestUsers.saved(accounts, "SUPERVISOR", null, city, "s@example.gov.cn");
        String secondSupervisor = TestUsers.saved(accounts, "SUPERVISOR", null, city, null);
        String reviewer = TestUsers.saved(accounts, "REVIEWER", null, city, "r@example.gov.cn");
        TestUsers.saved(accounts, "SUPERVISOR", null, tree.province.code(), "above@example.gov.cn");
        TestUsers.saved(accounts, "SUPERVISOR", null, tree.county.code(), "below@example.gov.cn");
        TestUsers.saved(accounts, "OBSERVER", null, city, "observer@example.gov.cn");
        String disabled = TestUsers.saved(accounts, "SUPERVISOR", null, city, "gone@example.gov.cn");
        accounts.save(accounts.find(disabled).map(a -> new UserAccount(a.username(), a.passwordHash(),
                a.displayName(), a.unitCode(), a.jurisdictionCode(), false, a.roles(), a.email())).orElseThrow());

        assertThat(members.of(new Recipient(Recipient.Group.SUPERVISORS, city))).containsExactlyInAnyOrder(
                new Member(supervisor, "s@example.gov.cn"), new Member(secondSupervisor, null));
        assertThat(members.of(new Recipient(Recipient.Group.REVIEWERS, city)))
                .containsExactly(new Member(reviewer, "r@example.gov.cn"));
        assertThat(members.of(new Recipient(Recipient.Group.REVIEWERS, tree.otherCity.code()))).isEmpty();
    }

    @Test
    void givenUsersOfAUnit_thenItsApplicantsAreThoseWithTheRoleWorkingThere() {
        TestTree tree = TestTree.saved(departments);
        String unit = tree.cityUnit.code();
        String applicant = TestUsers.saved(accounts, "APPLICANT", unit, tree.city.code(), "a@example.gov.cn");
        TestUsers.saved(accounts, "APPLICANT", tree.otherCityUnit.code(), tree.otherCity.code(), "b@example.gov.cn");
        TestUsers.saved(accounts, "OBSERVER", unit, tree.city.code(), null);

        assertThat(members.of(new Recipient(Recipient.Group.APPLICANTS, unit)))
                .containsExactly(new Member(applicant, "a@example.gov.cn"));
    }

    @Test
    void givenOneUser_thenItIsItsOwnMemberWhileEnabled() {
        String user = TestUsers.saved(accounts, "ADMIN", null, null, "  admin@example.gov.cn ");

        assertThat(members.of(new Recipient(Recipient.Group.USER, user)))
                .containsExactly(new Member(user, "admin@example.gov.cn"));
        assertThat(members.of(new Recipient(Recipient.Group.USER, "nobody-" + TestTree.code()))).isEmpty();
        UserAccount account = accounts.find(user).orElseThrow();
        accounts.save(new UserAccount(account.username(), account.passwordHash(), account.displayName(), null, null,
                false, Set.of("ADMIN"), account.email()));
        assertThat(members.of(new Recipient(Recipient.Group.USER, user))).isEmpty();
    }
}
