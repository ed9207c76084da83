package org.fingertip.db.user;

import java.util.Objects;
import java.util.Set;

/**
 * A login: the password hash (as the web layer's encoder writes it), the unit it works for and the division it
 * oversees (codes, either may be null), its role names, the address its notifications are emailed to (null for
 * none), and whether the password must be changed at the next login (after an administrator reset it).
 */
public record UserAccount(String username, String passwordHash, String displayName, String unitCode,
                          String jurisdictionCode, boolean enabled, Set<String> roles, String email,
                          boolean mustChangePassword) {
    public static final int EMAIL_MAX = 254;

    public UserAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(displayName, "displayName");
        roles = Set.copyOf(roles);
        email = email == null || email.isBlank() ? null : email.strip();
        if (email != null && (email.length() > EMAIL_MAX || email.indexOf('@') < 1)) {
            throw new IllegalArgumentException("not an email address: " + email);
        }
    }

    /** An account whose password need not be changed. */
    public UserAccount(String username, String passwordHash, String displayName, String unitCode,
                       String jurisdictionCode, boolean enabled, Set<String> roles, String email) {
        this(username, passwordHash, displayName, unitCode, jurisdictionCode, enabled, roles, email, false);
    }

    /** An account without an email address. */
    public UserAccount(String username, String passwordHash, String displayName, String unitCode,
                       String jurisdictionCode, boolean enabled, Set<String> roles) {
        this(username, passwordHash, displayName, unitCode, jurisdictionCode, enabled, roles, null);
    }

    /** This account with another password hash; {@code mustChange} when it must be changed at the next login. */
    public UserAccount withPassword(String hash, boolean mustChange) {
        return new UserAccount(username, hash, displayName, unitCode, jurisdictionCode, enabled, roles, email,
                mustChange);
    }

    public UserAccount withEnabled(boolean on) {
        return new UserAccount(username, passwordHash, displayName, unitCode, jurisdictionCode, on, roles, email,
                mustChangePassword);
    }

    /** This account in another unit, overseeing {@code jurisdiction}. */
    public UserAccount withUnit(String unit, String jurisdiction) {
        return new UserAccount(username, passwordHash, displayName, unit, jurisdiction, enabled, roles, email,
                mustChangePassword);
    }

    /** This account with another email address (null for none). */
    public UserAccount withEmail(String address) {
        return new UserAccount(username, passwordHash, displayName, unitCode, jurisdictionCode, enabled, roles,
                address, mustChangePassword);
    }
}
