package org.fingertip.web.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.fingertip.db.user.UserAccount;
import org.fingertip.db.user.UserAccounts;
import org.fingertip.registry.access.ActiveUsers;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.Unit;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Users as Spring Security sees them (for login) and as the core sees them ({@link Actor}: roles, unit,
 * jurisdiction). The session keeps only the username and roles; the actor is read fresh for every request, so that
 * any node of a cluster can serve it and a changed unit or jurisdiction applies at once.
 */
@Service
public class ActorDirectory implements UserDetailsService, ActiveUsers {
    private final UserAccounts accounts;
    private final Departments departments;

    public ActorDirectory(UserAccounts accounts, Departments departments) {
        this.accounts = accounts;
        this.departments = departments;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .roles(account.roles().toArray(String[]::new))
                .build();
    }

    public Actor actorOf(String username) {
        UserAccount account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : account.roles()) {
            roles.add(Role.valueOf(r));
        }
        Unit unit = account.unitCode() == null ? null : departments.unit(account.unitCode()).orElse(null);
        Division jurisdiction = account.jurisdictionCode() == null ? null
                : departments.division(account.jurisdictionCode()).orElse(null);
        return new Actor(account.username(), roles, unit, jurisdiction);
    }

    /** An enabled account as an actor; a disabled or unknown one is absent. */
    @Override
    public Optional<Actor> active(String username) {
        return accounts.find(username).filter(UserAccount::enabled).map(a -> actorOf(a.username()));
    }
}
