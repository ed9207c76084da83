package org.fingertip.db.user;

import java.util.HashSet;
import java.util.Optional;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** User accounts and their roles; the web layer's user details service and the seeding read and write here. */
@Repository
public class UserAccounts {
    private final UserMapper mapper;

    public UserAccounts(UserMapper mapper) {
        this.mapper = mapper;
    }

    public Optional<UserAccount> find(String username) {
        UserRow row = mapper.find(username);
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(new UserAccount(row.username(), row.passwordHash(), row.displayName(), row.unitCode(),
                row.jurisdictionCode(), row.enabled(), new HashSet<>(mapper.roles(username)), row.email()));
    }

    /** Inserts or updates the account; its roles become exactly the given ones. */
    @Transactional
    public void save(UserAccount account) {
        if (mapper.find(account.username()) == null) {
            mapper.insert(account);
        } else {
            mapper.update(account);
            mapper.deleteRoles(account.username());
        }
        if (!account.roles().isEmpty()) {
            mapper.insertRoles(account.username(), account.roles());
        }
    }

    public long count() {
        return mapper.count();
    }
}
