package org.fingertip.db.user;

import java.util.HashSet;
import java.util.List;
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
        return Optional.of(account(row));
    }

    /** The administrator's list: a page of accounts with their roles, by username, and the total. */
    @Transactional(readOnly = true)
    public Page search(UserSearch query) {
        List<UserAccount> items = mapper.search(query).stream().map(this::account).toList();
        return new Page(items, mapper.searchCount(query), query.page(), query.size());
    }

    /** A page of accounts and the total of the whole query. */
    public record Page(List<UserAccount> items, long total, int page, int size) {
    }

    private UserAccount account(UserRow row) {
        return new UserAccount(row.username(), row.passwordHash(), row.displayName(), row.unitCode(),
                row.jurisdictionCode(), row.enabled(), new HashSet<>(mapper.roles(row.username())), row.email(),
                row.mustChangePassword());
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
