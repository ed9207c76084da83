package org.fingertip.db.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.fingertip.db.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class UserAccountsIT {
    @Autowired
    UserAccounts users;

    @Test
    void givenANewAccount_thenItReadsBackWithItsRolesAndIsCounted() {
        long before = users.count();
        String username = "reviewer-" + TestTree.code();
        UserAccount account = new UserAccount(username, "{bcrypt}$2a$10$abcdefghijklmnopqrstuv", "李审核",
                null, "420100", true, Set.of("REVIEWER", "SUPERVISOR"));

        users.save(account);

        assertThat(users.find(username)).contains(account);
        assertThat(users.count()).isEqualTo(before + 1);
    }

    @Test
    void givenASecondSave_thenTheAccountIsUpdatedAndItsRolesReplaced() {
        String username = "applicant-" + TestTree.code();
        users.save(new UserAccount(username, "{noop}old", "张三", "420100-007", null, true,
                Set.of("APPLICANT", "OBSERVER")));
        long count = users.count();
        UserAccount changed = new UserAccount(username, "{noop}new", "张三（已调岗）", "420102-003", "420102", false,
                Set.of("OBSERVER", "ADMIN"));

        users.save(changed);

        assertThat(users.find(username)).contains(changed);
        assertThat(users.count()).isEqualTo(count);
    }

    @Test
    void givenAnAccountWithoutRoles_thenItReadsBackWithNone() {
        String username = "nobody-" + TestTree.code();
        users.save(new UserAccount(username, "{noop}x", "无角色", null, null, true, Set.of()));

        assertThat(users.find(username).orElseThrow().roles()).isEmpty();
        assertThat(users.find("no-such-user-" + TestTree.code())).isEmpty();
    }

    @Test
    void givenAnEmailAddress_thenItIsSavedReadBackAndCanBeRemoved() {
        String username = "mail-" + TestTree.code();
        UserAccount account = new UserAccount(username, "{noop}x", "有邮箱", null, "420100", true,
                Set.of("SUPERVISOR"), "supervisor@example.gov.cn");

        users.save(account);
        assertThat(users.find(username)).contains(account);
        assertThat(users.find(username).orElseThrow().email()).isEqualTo("supervisor@example.gov.cn");

        users.save(account.withEmail(null));
        assertThat(users.find(username).orElseThrow().email()).isNull();
    }
}
