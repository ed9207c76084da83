package org.fingertip.db.user;

import java.util.Objects;
import java.util.Set;

/**
 * A login: the password hash (as the web layer's encoder writes it), the unit it works for and the division it
 * oversees (codes, either may be null), and its role names.
 */
public record UserAccount(String username, String passwordHash, String displayName, String unitCode,
                          String jurisdictionCode, boolean enabled, Set<String> roles) {
    public UserAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(displayName, "displayName");
        roles = Set.copyOf(roles);
    }
}
