package org.fingertip.db.notification;

import java.util.Set;

import org.fingertip.db.TestTree;
import org.fingertip.db.user.UserAccount;
import org.fingertip.db.user.UserAccounts;

/** Logins for the notification tests, each with a name not used before (notifications refer to their user). */
final class TestUsers {
    private TestUsers() {
    }

    static String saved(UserAccounts accounts, String role, String unitCode, String jurisdictionCode, String email) {
        String username = role.toLowerCase() + "-" + TestTree.code();
        accounts.save(new UserAccount(username, "{noop}x", "测试" + username, unitCode, jurisdictionCode, true,
                Set.of(role), email));
        return username;
    }

    static String saved(UserAccounts accounts) {
        return saved(accounts, "OBSERVER", null, null, null);
    }
}
